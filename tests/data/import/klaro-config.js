// Klaro configuration of a small municipal site, written the way Klaro's own
// example config.js is: a plain variable, unquoted keys, single quotes, comments,
// RegExp literals, callbacks and a trailing comma or two.
var klaroConfig = {
    version: 1,
    elementID: 'klaro',
    styling: {
        theme: ['light', 'bottom', 'wide'],
    },
    noAutoLoad: false,
    htmlTexts: true,
    embedded: false,
    groupByPurpose: true,
    storageMethod: 'cookie',
    cookieName: 'klaro-consent',
    cookieExpiresAfterDays: 180,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    lang: 'fr',

    translations: {
        zz: {
            privacyPolicyUrl: '/mentions-legales#cookies',
        },
        fr: {
            consentModal: {
                title: 'Vos préférences',
                description: `Vous pouvez choisir ici les services que nous utilisons.`,
            },
            matomo: {
                description: 'Mesure anonyme de la fréquentation du site.',
            },
            youtube: {
                description: 'Lecture des vidéos hébergées sur YouTube.',
            },
            purposes: {
                analytics: 'Mesure d\'audience',
                media: { title: 'Contenus externes', description: 'Vidéos et cartes' },
                security: 'Sécurité',
            },
        },
        en: {
            consentModal: {
                title: 'Your preferences',
            },
            matomo: {
                description: 'Anonymous visitor statistics.',
            },
            purposes: {
                analytics: 'Analytics',
                media: 'External content',
                security: 'Security',
            },
        },
    },

    services: [
        {
            name: 'matomo',
            title: 'Matomo',
            purposes: ['analytics'],
            default: true,
            cookies: [
                [/^_pk_id\./, '/', 'ville-exemple.fr'],
                /^_pk_ses/,
                'MATOMO_SESSID',
            ],
            callback: function (consent, service) {
                console.log('User consent for service ' + service.name + ': consent=' + consent);
            },
            required: false,
            optOut: false,
            onlyOnce: true,
        },
        {
            // No cookie list: Klaro only blocks the player; its cookies are YouTube's.
            name: 'youtube',
            purposes: ['media'],
            contextualConsentOnly: true,
        },
        {
            name: 'cloudflare',
            title: 'Cloudflare',
            purposes: ['security'],
            required: true,
            cookies: ['__cf_bm', /^cf_clearance$/],
        },
    ],
};
