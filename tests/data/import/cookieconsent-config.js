// vanilla-cookieconsent 3 set up as the library's documentation shows it: an ES
// module importing the library, then CookieConsent.run() with the site's categories.
import 'https://cdn.example.org/npm/vanilla-cookieconsent@3.0.1/dist/cookieconsent.umd.js';
import * as CookieConsent from 'vanilla-cookieconsent';

const analyticsCookies = [/^_ga/, { name: '_gid' }];

CookieConsent.run({
    cookie: {
        name: 'site_consent',
        expiresAfterDays: 182,
    },
    guiOptions: {
        consentModal: { layout: 'box', position: 'bottom right' },
    },
    categories: {
        necessary: {
            enabled: true,  // this category is enabled by default
            readOnly: true, // this category cannot be disabled
        },
        analytics: {
            autoClear: {
                cookies: analyticsCookies.map(function (c) { return c.name ? c : { name: c }; }),
            },
            services: {
                ga: {
                    label: 'Google Analytics',
                    onAccept: () => {},
                    onReject: () => {},
                },
            },
        },
        ads: {
            services: {
                youtube: { label: 'YouTube' },
            },
        },
    },
    language: {
        default: 'en',
        translations: {
            en: {
                consentModal: {
                    title: 'We use cookies',
                    description: 'Cookie modal description',
                    acceptAllBtn: 'Accept all',
                    acceptNecessaryBtn: 'Reject all',
                    showPreferencesBtn: 'Manage Individual preferences',
                },
                preferencesModal: {
                    title: 'Manage cookie preferences',
                    savePreferencesBtn: 'Accept current selection',
                    sections: [
                        {
                            title: 'Strictly Necessary cookies',
                            description: 'These cookies are essential for the proper functioning of the website.',
                            linkedCategory: 'necessary',
                        },
                        {
                            title: 'Performance and Analytics',
                            description: 'These cookies collect information about how you use our website.',
                            linkedCategory: 'analytics',
                            cookieTable: {
                                headers: {
                                    name: 'Cookie',
                                    domain: 'Service',
                                    description: 'Description',
                                    expiration: 'Expiration',
                                },
                                body: [
                                    {
                                        name: '_ga',
                                        domain: '<a href="https://policies.google.com/privacy">Google Analytics</a>',
                                        description: 'Cookie set by <a href="#das">Google Analytics</a>',
                                        expiration: 'Expires after 12 days',
                                    },
                                    {
                                        name: '_gid',
                                        domain: 'Google Analytics',
                                        description: 'Cookie set by <a href="#das">Google Analytics</a>',
                                        expiration: 'Session',
                                    },
                                    {
                                        name: '',
                                        domain: 'Google Analytics',
                                        description: 'A row someone left half written',
                                    },
                                ],
                            },
                        },
                        {
                            title: 'Targeting and Advertising',
                            linkedCategory: 'ads',
                        },
                    ],
                },
            },
            fr: {
                consentModal: {
                    title: 'Nous utilisons des cookies',
                    acceptAllBtn: 'Tout accepter',
                    acceptNecessaryBtn: 'Tout refuser',
                },
                preferencesModal: {
                    sections: [
                        {
                            title: 'Mesure d\'audience',
                            linkedCategory: 'analytics',
                            cookieTable: {
                                headers: { name: 'Nom', domain: 'Service', description: 'Finalité', expiration: 'Durée' },
                                body: [
                                    { name: '_ga', domain: 'Google Analytics', description: `Distingue les visiteurs`, expiration: '2 ans' },
                                ],
                            },
                        },
                    ],
                },
            },
        },
    },
});
