<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Charte</source>
        <translation>À propos de Charte</translation>
    </message>
    <message>
        <source>Cookie charter and consent banner editor, with a compliance checker and a site scanner.</source>
        <translation>Éditeur de charte cookies et de bandeau de consentement, avec un vérificateur de conformité et une analyse de site.</translation>
    </message>
    <message>
        <source>Charte is free software under the Apache License, version 2.0 (SPDX: Apache-2.0).</source>
        <translation>Charte est un logiciel libre sous licence Apache, version 2.0 (SPDX&#xa0;: Apache-2.0).</translation>
    </message>
    <message>
        <source>&amp;Libraries used:</source>
        <translation>&amp;Bibliothèques utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence (SPDX)</source>
        <translation>Licence (SPDX)</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>(as installed)</source>
        <translation>(celle installée)</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier de récupération</translation>
    </message>
</context>
<context>
    <name>BannerExporter</name>
    <message>
        <source>banner.consentCookieName &quot;%1&quot; is not a valid cookie name; the bundle uses &quot;%2&quot;</source>
        <translation>banner.consentCookieName «&#xa0;%1&#xa0;» n’est pas un nom de cookie valide&#xa0;; le paquet utilise «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>:/banner/charte-consent.js: the configuration marker is missing</source>
        <translation>:/banner/charte-consent.js&#xa0;: le marqueur de configuration est absent</translation>
    </message>
    <message>
        <source>banner.consentLogUrl &quot;%1&quot; is not an http(s) address or a path on the site; choices are not logged</source>
        <translation>banner.consentLogUrl «&#xa0;%1&#xa0;» n’est ni une adresse http(s) ni un chemin du site&#xa0;; les choix ne sont pas journalisés</translation>
    </message>
    <message>
        <source>no cookie of an optional category needs consent, so the banner would ask Accept/Reject about nothing: such a site needs no consent banner. To publish only the &quot;manage cookies&quot; entry point (the preferences listing the cookies), export with --manage-only, or tick the export dialog&apos;s &quot;manage cookies&quot; option</source>
        <translation>aucun cookie d&apos;une catégorie facultative ne demande de consentement&#xa0;: le bandeau demanderait d&apos;accepter ou de refuser sans objet, et un tel site n&apos;a pas besoin de bandeau. Pour ne publier que l&apos;accès «&#xa0;gérer mes cookies&#xa0;» (les préférences qui listent les cookies), exportez avec --manage-only, ou cochez l&apos;option «&#xa0;gérer mes cookies&#xa0;» de la fenêtre d&apos;export</translation>
    </message>
    <message>
        <source>no cookie needs consent: the bundle shows no banner, only the preferences that the &quot;manage cookies&quot; entry point (data-charte-consent=&quot;open&quot;) opens</source>
        <translation>aucun cookie ne demande de consentement&#xa0;: le paquet n&apos;affiche pas de bandeau, seulement les préférences qu&apos;ouvre l&apos;accès «&#xa0;gérer mes cookies&#xa0;» (data-charte-consent=&quot;open&quot;)</translation>
    </message>
    <message>
        <source>--manage-only is ignored: some cookies need consent, so the banner asks</source>
        <translation>--manage-only est ignoré&#xa0;: des cookies demandent un consentement, le bandeau le demande donc</translation>
    </message>
</context>
<context>
    <name>BannerPage</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>The banner could not be written: %1</source>
        <translation>Le bandeau n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No browser could be started. The demo page is %1</source>
        <translation>Aucun navigateur n’a pu être lancé. La page de démonstration est %1</translation>
    </message>
    <message>
        <source>Texts in &amp;language:</source>
        <translation>Textes en &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accept all:</source>
        <translation>Tout &amp;accepter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reject all:</source>
        <translation>Tout &amp;refuser&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomise:</source>
        <translation>&amp;Personnaliser&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save choices:</source>
        <translation>&amp;Enregistrer les choix&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Manage cookies link:</source>
        <translation>Lien «&#xa0;&amp;Gérer les cookies&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Bar across the page</source>
        <translation>Barre sur toute la largeur</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Centred modal</source>
        <translation>Fenêtre centrée</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>En bas</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En haut</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>En bas à gauche</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>En bas à droite</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Au centre</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>&amp;Fond&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buttons:</source>
        <translation>&amp;Boutons&#xa0;:</translation>
    </message>
    <message>
        <source>Butto&amp;n text:</source>
        <translation>Texte des bo&amp;utons&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Consent &amp;cookie name:</source>
        <translation>Nom du &amp;cookie de consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Consent kept &amp;for:</source>
        <translation>&amp;Durée de conservation du choix&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long a visitor&apos;s choice, consent or refusal, is kept before asking again. The CNIL recommends six months (182 days).</source>
        <translation>Durée de conservation du choix du visiteur, consentement ou refus, avant de le solliciter à nouveau. La CNIL recommande six mois (182 jours).</translation>
    </message>
    <message>
        <source>Policy re&amp;vision:</source>
        <translation>&amp;Révision de la charte&#xa0;:</translation>
    </message>
    <message>
        <source>Raising the revision asks every visitor again.</source>
        <translation>Augmenter la révision sollicite à nouveau chaque visiteur.</translation>
    </message>
    <message>
        <source>Honour &amp;Global Privacy Control</source>
        <translation>Respecter &amp;Global Privacy Control</translation>
    </message>
    <message>
        <source>When the visitor&apos;s browser sends the GPC signal, advertising categories stay refused unless the visitor switches them on, and the banner says so.</source>
        <translation>Lorsque le navigateur du visiteur envoie le signal GPC, les catégories publicitaires restent refusées tant que le visiteur ne les active pas, et le bandeau l’indique.</translation>
    </message>
    <message>
        <source>Send Google Consent Mode v&amp;2 signals</source>
        <translation>Envoyer les signaux Google Consent Mode v&amp;2</translation>
    </message>
    <message>
        <source>Everything denied by default before any tag, then updated with each choice from the categories&apos; signals.</source>
        <translation>Tout est refusé par défaut avant toute balise, puis mis à jour à chaque choix d’après les signaux des catégories.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Writes the banner and a demo page to a temporary folder and opens it</source>
        <translation>Écrit le bandeau et une page de démonstration dans un dossier temporaire et l’ouvre</translation>
    </message>
    <message>
        <source>Consent log addr&amp;ess:</source>
        <translation>Adresse du &amp;journal des consentements&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: https://… or /path on the site</source>
        <translation>Facultatif&#xa0;: https://… ou /chemin du site</translation>
    </message>
    <message>
        <source>Each choice (a random id, the time, the revision and the categories) is also sent there, so that you can prove consent. Leave empty to keep choices only in the visitor&apos;s browser.</source>
        <translation>Chaque choix (un identifiant aléatoire, l’heure, la révision et les catégories) y est aussi envoyé, pour que vous puissiez prouver le consentement. Laissez vide pour ne garder les choix que dans le navigateur du visiteur.</translation>
    </message>
</context>
<context>
    <name>BannerPreview</name>
    <message>
        <source>Banner preview</source>
        <translation>Aperçu du bandeau</translation>
    </message>
    <message>
        <source>First layer</source>
        <translation>Premier niveau</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Text on background</source>
        <translation>Texte sur le fond</translation>
    </message>
    <message>
        <source>&quot;Accept all&quot; button</source>
        <translation>Bouton «&#xa0;Tout accepter&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;Reject all&quot; button</source>
        <translation>Bouton «&#xa0;Tout refuser&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;Customise&quot; button</source>
        <translation>Bouton «&#xa0;Personnaliser&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;Save&quot; button</source>
        <translation>Bouton «&#xa0;Enregistrer&#xa0;»</translation>
    </message>
    <message>
        <source>⚠ %1: %2:1, below the 4.5:1 minimum (WCAG AA)</source>
        <translation>⚠ %1&#xa0;: %2:1, sous le minimum de 4,5:1 (WCAG AA)</translation>
    </message>
    <message>
        <source>✓ %1: %2:1</source>
        <translation>✓ %1&#xa0;: %2:1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Preview at a desktop browser width (1024 pixels)</source>
        <translation>Aperçu à la largeur d’un navigateur d’ordinateur (1024 pixels)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Preview at a phone width (390 pixels)</source>
        <translation>Aperçu à la largeur d’un téléphone (390 pixels)</translation>
    </message>
    <message>
        <source>Previe&amp;w language:</source>
        <translation>&amp;Langue de l’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Contrast (WCAG)</source>
        <translation>Contraste (WCAG)</translation>
    </message>
</context>
<context>
    <name>BrowserScanner</name>
    <message>
        <source>No Chromium at %1: it is not an executable file.</source>
        <translation>Pas de Chromium à %1&#xa0;: ce n&apos;est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>No Chromium found (neither chromium nor chromium-browser is on the PATH): install Debian&apos;s chromium package or give --browser PATH.</source>
        <translation>Aucun Chromium trouvé (ni chromium ni chromium-browser dans le PATH)&#xa0;: installez le paquet chromium de Debian ou indiquez --browser CHEMIN.</translation>
    </message>
    <message>
        <source>A scan is already running.</source>
        <translation>Une analyse est déjà en cours.</translation>
    </message>
    <message>
        <source>%1: not an http or https URL: not scanned</source>
        <translation>%1&#xa0;: pas une URL http ou https&#xa0;: non analysée</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 in Chromium (%2), at most %n page(s) per phase.</source>
        <translation>
            <numerusform>Analyse de %1 dans Chromium (%2), au plus %n page par phase.</numerusform>
            <numerusform>Analyse de %1 dans Chromium (%2), au plus %n pages par phase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1: a fresh Chromium profile.</source>
        <translation>Phase %1&#xa0;: un nouveau profil Chromium.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Done: %1 phase(s), %2 cookie(s) in all, %3 error(s).</source>
        <translation>Terminé&#xa0;: %1 phase(s), %2 cookie(s) en tout, %3 erreur(s).</translation>
    </message>
    <message>
        <source>the browser ended unexpectedly</source>
        <translation>le navigateur s&apos;est arrêté de manière inattendue</translation>
    </message>
    <message>
        <source>%1 while scanning: phase stopped</source>
        <translation>%1 pendant l&apos;analyse&#xa0;: phase arrêtée</translation>
    </message>
    <message>
        <source>Chromium did not start in time</source>
        <translation>Chromium n&apos;a pas démarré à temps</translation>
    </message>
    <message>
        <source>no DevTools connection to Chromium: %1</source>
        <translation>pas de connexion DevTools à Chromium&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chromium opened no page: %1</source>
        <translation>Chromium n&apos;a ouvert aucune page&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not attach to Chromium&apos;s page: %1</source>
        <translation>impossible de se rattacher à la page de Chromium&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Page limit of %n page(s) reached: further links are not followed.</source>
        <translation>
            <numerusform>Limite de %n page atteinte&#xa0;: les liens suivants ne sont pas suivis.</numerusform>
            <numerusform>Limite de %n pages atteinte&#xa0;: les liens suivants ne sont pas suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site is now %1.</source>
        <translation>Le site est désormais %1.</translation>
    </message>
    <message numerus="yes">
        <source>Time limit of %n second(s) reached: stopping.</source>
        <translation>
            <numerusform>Limite de temps de %n seconde atteinte&#xa0;: arrêt.</numerusform>
            <numerusform>Limite de temps de %n secondes atteinte&#xa0;: arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the browser used more than %1 of memory: phase stopped</source>
        <translation>le navigateur a utilisé plus de %1 de mémoire&#xa0;: phase arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped</source>
        <translation>
            <numerusform>plus de %n redirection&#xa0;: arrêté</numerusform>
            <numerusform>plus de %n redirections&#xa0;: arrêté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n second(s): stopped</source>
        <translation>
            <numerusform>pas de réponse en %n seconde&#xa0;: arrêté</numerusform>
            <numerusform>pas de réponse en %n secondes&#xa0;: arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be opened: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>endless redirects (Chromium gave up: %1)</source>
        <translation>redirections sans fin (Chromium a abandonné&#xa0;: %1)</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>chargement impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>did not finish loading within %n second(s): stopped</source>
        <translation>
            <numerusform>chargement non terminé en %n seconde&#xa0;: arrêté</numerusform>
            <numerusform>chargement non terminé en %n secondes&#xa0;: arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>could not read the browser&apos;s cookies: %1</source>
        <translation>impossible de lire les cookies du navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cookie %1 (%2) found after %3</source>
        <translation>Cookie %1 (%2) trouvé après %3</translation>
    </message>
    <message>
        <source>No refusal control found on %1: the after-reject phase could not run.</source>
        <translation>Aucun bouton de refus trouvé sur %1&#xa0;: la phase après refus n&apos;a pas pu avoir lieu.</translation>
    </message>
    <message>
        <source>No acceptance control found on %1: the after-accept phase could not run.</source>
        <translation>Aucun bouton d&apos;acceptation trouvé sur %1&#xa0;: la phase après acceptation n&apos;a pas pu avoir lieu.</translation>
    </message>
    <message>
        <source>Clicked %1 on %2.</source>
        <translation>Clic sur %1 sur %2.</translation>
    </message>
    <message>
        <source>no screenshot: %1</source>
        <translation>pas de capture d&apos;écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>navigated away by itself to %1</source>
        <translation>a quitté la page d&apos;elle-même vers %1</translation>
    </message>
    <message>
        <source>asked to stay on the page (beforeunload): left anyway</source>
        <translation>a demandé de rester sur la page (beforeunload)&#xa0;: quittée quand même</translation>
    </message>
    <message>
        <source>opened a dialog (%1): dismissed</source>
        <translation>a ouvert une boîte de dialogue (%1)&#xa0;: fermée</translation>
    </message>
    <message>
        <source>started a download (%1): refused</source>
        <translation>a lancé un téléchargement (%1)&#xa0;: refusé</translation>
    </message>
    <message numerus="yes">
        <source>opened %n new window(s): closed</source>
        <translation>
            <numerusform>a ouvert %n nouvelle fenêtre&#xa0;: fermée</numerusform>
            <numerusform>a ouvert %n nouvelles fenêtres&#xa0;: fermées</numerusform>
        </translation>
    </message>
    <message>
        <source>response larger than %1: page stopped</source>
        <translation>réponse de plus de %1&#xa0;: page arrêtée</translation>
    </message>
    <message>
        <source>the page crashed the browser&apos;s tab: a new tab goes on</source>
        <translation>la page a fait planter l&apos;onglet du navigateur&#xa0;: un nouvel onglet prend le relais</translation>
    </message>
    <message>
        <source>Chromium refused it: %1</source>
        <translation>Chromium l&apos;a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Error on %1: %2</source>
        <translation>Erreur sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message numerus="yes">
        <source>Used by %n cookie(s)</source>
        <translation>
            <numerusform>Utilisée par %n cookie</numerusform>
            <numerusform>Utilisée par %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is empty or already used.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» est vide ou déjà utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) belong to %1. Which category do they move to?</source>
        <translation>
            <numerusform>%n cookie appartient à %1. Dans quelle catégorie le déplacer&#xa0;?</numerusform>
            <numerusform>%n cookies appartiennent à %1. Dans quelle catégorie les déplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>No category (to fill in later)</source>
        <translation>Aucune catégorie (à compléter plus tard)</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Required (visitors cannot refuse it)</source>
        <translation>Obligatoire (les visiteurs ne peuvent pas la refuser)</translation>
    </message>
    <message>
        <source>Only cookies exempt from consent belong in a required category.</source>
        <translation>Seuls les cookies exemptés de consentement ont leur place dans une catégorie obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>How the file and the banner refer to this category; cookies follow a change.</source>
        <translation>Nom sous lequel le fichier et le bandeau désignent cette catégorie&#xa0;; les cookies suivent son changement.</translation>
    </message>
</context>
<context>
    <name>CdpConnection</name>
    <message>
        <source>no DevTools connection within the time allowed</source>
        <translation>pas de connexion DevTools dans le temps imparti</translation>
    </message>
    <message>
        <source>the DevTools connection closed</source>
        <translation>la connexion DevTools s&apos;est fermée</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the DevTools connection is not open</source>
        <translation>la connexion DevTools n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>protocol error %1</source>
        <translation>erreur de protocole %1</translation>
    </message>
</context>
<context>
    <name>CharterImportDialog</name>
    <message>
        <source>%1 KiB received…</source>
        <translation>%1 Kio reçus…</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Lecture de la page…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Import a charter page</source>
        <translation>Importer une page de charte</translation>
    </message>
    <message>
        <source>Web pages and text (*.html *.htm *.xhtml *.txt);;All files (*)</source>
        <translation>Pages web et texte (*.html *.htm *.xhtml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sections (%1)</source>
        <translation>Sections (%1)</translation>
    </message>
    <message>
        <source>cookie table</source>
        <translation>tableau des cookies</translation>
    </message>
    <message>
        <source>cookie table: %1</source>
        <translation>tableau des cookies&#xa0;: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Encoding: %2.</source>
        <translation>Langue&#xa0;: %1 · Encodage&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new provider(s).</source>
        <translation>
            <numerusform>%n nouveau fournisseur.</numerusform>
            <numerusform>%n nouveaux fournisseurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and will be marked to check.</source>
        <translation>
            <numerusform>%n cellule n’a pas pu être lue et sera marquée à vérifier.</numerusform>
            <numerusform>%n cellules n’ont pas pu être lues et seront marquées à vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) that list no cookies left out.</source>
        <translation>
            <numerusform>%n tableau sans cookie écarté.</numerusform>
            <numerusform>%n tableaux sans cookie écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File or address:</source>
        <translation>&amp;Fichier ou adresse&#xa0;:</translation>
    </message>
    <message>
        <source>cookies.html, charte.txt or https://example.org/cookies</source>
        <translation>cookies.html, charte.txt ou https://example.org/cookies</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>CharterImporter</name>
    <message>
        <source>no cookie charter found in this page (no cookie table and no text about cookies)</source>
        <translation>aucune charte cookies dans cette page (ni tableau des cookies, ni texte sur les cookies)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>nested %1 levels deep, more than the %2 Charte reads; not imported</source>
        <translation>imbriquée sur %1 niveaux, plus que les %2 que Charte lit&#xa0;; non importée</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>ce n’est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message numerus="yes">
        <source>%n table row(s) without a cookie name left out (rows %1)</source>
        <translation>
            <numerusform>%n ligne de tableau sans nom de cookie écartée (ligne %1)</numerusform>
            <numerusform>%n lignes de tableau sans nom de cookie écartées (lignes %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Sections of the charter</source>
        <translation>Sections de la charte</translation>
    </message>
    <message>
        <source>Drag a section to move it; double-click or F2 to rename it.</source>
        <translation>Faites glisser une section pour la déplacer&#xa0;; double-clic ou F2 pour la renommer.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Add a section after the chosen one</source>
        <translation>Ajouter une section après celle choisie</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Remove the chosen section</source>
        <translation>Supprimer la section choisie</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the chosen section (F2)</source>
        <translation>Renommer la section choisie (F2)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <source>Cookie table</source>
        <translation>Tableau des cookies</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show a cookie table in the chosen section</source>
        <translation>Afficher un tableau des cookies dans la section choisie</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Site and publisher</source>
        <translation>Site et éditeur</translation>
    </message>
    <message>
        <source>Charter as visitors read it</source>
        <translation>La charte telle que les visiteurs la lisent</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the charter shown and edited</source>
        <translation>Langue de la charte affichée et modifiée</translation>
    </message>
    <message>
        <source>Rendered charter</source>
        <translation>Rendu de la charte</translation>
    </message>
    <message>
        <source>No table (text only)</source>
        <translation>Pas de tableau (texte seul)</translation>
    </message>
    <message>
        <source>Tables of all categories</source>
        <translation>Tableaux de toutes les catégories</translation>
    </message>
    <message>
        <source>Table of &quot;%1&quot;</source>
        <translation>Tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>History of published revisions</source>
        <translation>Historique des versions publiées</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cookie(s) in this table. The exported and printed charter lists them all.</source>
        <translation>
            <numerusform>… et %n autre cookie dans ce tableau. La charte exportée et imprimée les liste tous.</numerusform>
            <numerusform>… et %n autres cookies dans ce tableau. La charte exportée et imprimée les liste tous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterPrinter</name>
    <message>
        <source>Print the charter</source>
        <translation>Imprimer la charte</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>Export the charter as PDF</source>
        <translation>Exporter la charte en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Impossible d’exporter le PDF</translation>
    </message>
    <message>
        <source>PDF written</source>
        <translation>PDF écrit</translation>
    </message>
    <message>
        <source>The charter was written to %1.</source>
        <translation>La charte a été écrite dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ChromiumProcess</name>
    <message>
        <source>Chromium %1 could not be started: %2</source>
        <translation>Chromium %1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>it crashed or was killed</source>
        <translation>il a planté ou a été tué</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>il s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>the browser ended unexpectedly: %1</source>
        <translation>le navigateur s&apos;est arrêté de manière inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chromium ended before it was ready: %1</source>
        <translation>Chromium s&apos;est arrêté avant d&apos;être prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chromium ended before it was ready: %1 (%2)</source>
        <translation>Chromium s&apos;est arrêté avant d&apos;être prêt&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>no temporary profile folder for Chromium: %1</source>
        <translation>pas de dossier de profil temporaire pour Chromium&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chromium did not open its DevTools port within %n second(s)</source>
        <translation>
            <numerusform>Chromium n&apos;a pas ouvert son port DevTools en %n seconde</numerusform>
            <numerusform>Chromium n&apos;a pas ouvert son port DevTools en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;charte --help&apos;.</source>
        <translation>Essayez «&#xa0;charte --help&#xa0;».</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Écrire dans FICHIER.</translation>
    </message>
    <message>
        <source>Template: %1.</source>
        <translation>Modèle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>new: missing -o FILE</source>
        <translation>new&#xa0;: -o FICHIER manquant</translation>
    </message>
    <message>
        <source>new: unexpected argument &quot;%1&quot;</source>
        <translation>new&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>new: unknown template &quot;%1&quot; (known: %2)</source>
        <translation>new&#xa0;: modèle inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>Write to OUT (&apos;-&apos; for standard output).</source>
        <translation>Écrire dans SORTIE («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Au choix&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language of the export.</source>
        <translation>Langue de l’export.</translation>
    </message>
    <message>
        <source>export: expected one FILE</source>
        <translation>export&#xa0;: un FICHIER attendu</translation>
    </message>
    <message>
        <source>export: missing --format (%1)</source>
        <translation>export&#xa0;: --format manquant (%1)</translation>
    </message>
    <message>
        <source>export: missing -o OUT</source>
        <translation>export&#xa0;: -o SORTIE manquant</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>export&#xa0;: format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>export: the %1 format writes a folder; give -o DIR</source>
        <translation>export&#xa0;: le format %1 écrit un dossier&#xa0;; indiquez -o DOSSIER</translation>
    </message>
    <message>
        <source>export: the document has no language &quot;%1&quot; (it has: %2)</source>
        <translation>export&#xa0;: le document n’a pas de langue «&#xa0;%1&#xa0;» (il a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Rules profile: %1 (default: the document&apos;s, else fr).</source>
        <translation>Profil de règles&#xa0;: %1 (par défaut&#xa0;: celui du document, sinon fr).</translation>
    </message>
    <message>
        <source>Output: text, json or sarif.</source>
        <translation>Sortie&#xa0;: text, json ou sarif.</translation>
    </message>
    <message>
        <source>Language of the messages: en or fr.</source>
        <translation>Langue des messages&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>An Open Cookie Database CSV file used with the built-in list.</source>
        <translation>Un fichier CSV de l’Open Cookie Database, utilisé en plus de la liste intégrée.</translation>
    </message>
    <message>
        <source>check: expected one FILE</source>
        <translation>check&#xa0;: un FICHIER attendu</translation>
    </message>
    <message>
        <source>check: unknown profile &quot;%1&quot; (known: %2)</source>
        <translation>check&#xa0;: profil inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>check: unknown format &quot;%1&quot; (known: text, json, sarif)</source>
        <translation>check&#xa0;: format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: text, json, sarif)</translation>
    </message>
    <message>
        <source>scan: --%1 expects a whole number of at least %2</source>
        <translation>scan&#xa0;: --%1 attend un nombre entier d’au moins %2</translation>
    </message>
    <message>
        <source>Compare with the inventory of FILE.</source>
        <translation>Comparer avec l’inventaire de FICHIER.</translation>
    </message>
    <message>
        <source>Read a HAR file or Website Evidence Collector output instead of crawling.</source>
        <translation>Lire un fichier HAR ou une sortie de Website Evidence Collector au lieu d’explorer le site.</translation>
    </message>
    <message>
        <source>Pages to crawl at most.</source>
        <translation>Nombre maximal de pages à explorer.</translation>
    </message>
    <message>
        <source>Link hops from the start page at most.</source>
        <translation>Nombre maximal de liens suivis depuis la page de départ.</translation>
    </message>
    <message>
        <source>Requests at the same time.</source>
        <translation>Requêtes simultanées.</translation>
    </message>
    <message>
        <source>Seconds allowed per request.</source>
        <translation>Secondes accordées par requête.</translation>
    </message>
    <message>
        <source>Seconds allowed for the whole crawl.</source>
        <translation>Secondes accordées pour toute l’exploration.</translation>
    </message>
    <message>
        <source>Print the crawl log on standard error.</source>
        <translation>Afficher le journal d’exploration sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>scan: give either a URL or --evidence FILE, not both</source>
        <translation>scan&#xa0;: indiquez une URL ou --evidence FICHIER, pas les deux</translation>
    </message>
    <message>
        <source>scan: expected one URL</source>
        <translation>scan&#xa0;: une URL attendue</translation>
    </message>
    <message>
        <source>scan: &quot;%1&quot; is not an http or https URL</source>
        <translation>scan&#xa0;: «&#xa0;%1&#xa0;» n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>scan: cannot scan &quot;%1&quot;</source>
        <translation>scan&#xa0;: impossible d’analyser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1: cannot be fetched: %2</source>
        <translation>%1&#xa0;: récupération impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write the imported document to FILE (&apos;-&apos; for standard output); an existing FILE is replaced, only once the import has succeeded.</source>
        <translation>Écrire le document importé dans FICHIER («&#xa0;-&#xa0;» pour la sortie standard)&#xa0;; un FICHIER existant n’est remplacé qu’une fois l’import réussi.</translation>
    </message>
    <message>
        <source>Language of the imported texts (detected when not given).</source>
        <translation>Langue des textes importés (détectée si elle n’est pas indiquée).</translation>
    </message>
    <message>
        <source>import: expected one INPUT (a CSV inventory, a charter page or a URL)</source>
        <translation>import&#xa0;: une ENTRÉE attendue (un inventaire CSV, une page de charte ou une URL)</translation>
    </message>
    <message>
        <source>import: missing -o FILE</source>
        <translation>import&#xa0;: -o FICHIER manquant</translation>
    </message>
    <message>
        <source>unknown command or option &quot;%1&quot;</source>
        <translation>commande ou option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import: expected one FILE</source>
        <translation>import&#xa0;: un FICHIER attendu</translation>
    </message>
    <message>
        <source>filled %1 empty field(s) of %2 cookie(s) from the known-cookie database</source>
        <translation>%1 champ(s) vide(s) de %2 cookie(s) rempli(s) d’après la base de cookies connus</translation>
    </message>
    <message>
        <source>Fill the empty fields of imported cookies from the known-cookie database (the built-in list, plus --known-cookies).</source>
        <translation>Remplir les champs vides des cookies importés d’après la base de cookies connus (la liste intégrée, plus --known-cookies).</translation>
    </message>
    <message>
        <source>An Open Cookie Database CSV file to use with --fill-from-db.</source>
        <translation>Un fichier CSV de l’Open Cookie Database à utiliser avec --fill-from-db.</translation>
    </message>
    <message>
        <source>import: --known-cookies is used with --fill-from-db</source>
        <translation>import&#xa0;: --known-cookies s’utilise avec --fill-from-db</translation>
    </message>
    <message>
        <source>export: %1 is the document being exported; give another -o OUT, the document was not changed</source>
        <translation>export : %1 est le document exporté ; donnez un autre -o SORTIE, le document n’a pas été modifié</translation>
    </message>
    <message>
        <source>import: %1 is the file being imported; give another -o FILE, the file was not changed</source>
        <translation>import : %1 est le fichier importé ; donnez un autre -o FICHIER, le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>scan: unknown %1 &quot;%2&quot; (known: %3)</source>
        <translation>scan&#xa0;: %1 «&#xa0;%2&#xa0;» inconnu (connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>scan: cannot scan &quot;%1&quot;: %2</source>
        <translation>scan&#xa0;: impossible d’analyser «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the browser did not start</source>
        <translation>le navigateur n’a pas démarré</translation>
    </message>
    <message>
        <source>chromium (a real browser, the default) or http (plain requests, no script runs).</source>
        <translation>chromium (un vrai navigateur, par défaut) ou http (simples requêtes, aucun script ne s’exécute).</translation>
    </message>
    <message>
        <source>The Chromium to run (default: chromium on the PATH).</source>
        <translation>Le Chromium à lancer (par défaut&#xa0;: chromium dans le PATH).</translation>
    </message>
    <message>
        <source>Phases after the visit before any choice: none, reject, accept or all (default).</source>
        <translation>Phases après la visite avant tout choix&#xa0;: none, reject, accept ou all (par défaut).</translation>
    </message>
    <message>
        <source>CSS selector of the site&apos;s refusal control.</source>
        <translation>Sélecteur CSS du bouton de refus du site.</translation>
    </message>
    <message>
        <source>CSS selector of the site&apos;s acceptance control.</source>
        <translation>Sélecteur CSS du bouton d’acceptation du site.</translation>
    </message>
    <message>
        <source>The host the policy describes, when scanning another one such as a staging copy (default: the policy&apos;s site URL).</source>
        <translation>L’hôte que décrit la politique, quand on en analyse un autre comme une copie de préproduction (par défaut&#xa0;: l’URL du site de la politique).</translation>
    </message>
    <message>
        <source>Write the report and the screenshots (PNG) into DIR.</source>
        <translation>Écrire le rapport et les captures d’écran (PNG) dans DOSSIER.</translation>
    </message>
    <message>
        <source>text, json or html.</source>
        <translation>text, json ou html.</translation>
    </message>
    <message>
        <source>scan: --site &quot;%1&quot; is not a host</source>
        <translation>scan&#xa0;: --site «&#xa0;%1&#xa0;» n’est pas un hôte</translation>
    </message>
    <message>
        <source>scan: %1; scanning with plain HTTP requests instead (no script runs, no consent phase)</source>
        <translation>scan&#xa0;: %1&#xa0;; analyse par simples requêtes HTTP à la place (aucun script ne s’exécute, aucune phase de consentement)</translation>
    </message>
    <message>
        <source>scan: --consent %1 needs --engine chromium: plain HTTP requests cannot click a banner</source>
        <translation>scan&#xa0;: --consent %1 demande --engine chromium&#xa0;: de simples requêtes HTTP ne peuvent pas cliquer sur un bandeau</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Banner of a document where no cookie needs consent: export only the &quot;manage cookies&quot; entry point, without a first layer.</source>
        <translation>Bandeau d&apos;un document dont aucun cookie ne demande de consentement&#xa0;: n&apos;exporter que l&apos;accès «&#xa0;gérer mes cookies&#xa0;», sans premier niveau.</translation>
    </message>
    <message>
        <source>archive: expected &quot;verify FILE&quot;</source>
        <translation>archive&#xa0;: «&#xa0;verify FICHIER&#xa0;» attendu</translation>
    </message>
    <message>
        <source>%1: no archive to verify (%2 does not exist)</source>
        <translation>%1&#xa0;: aucune archive à vérifier (%2 n’existe pas)</translation>
    </message>
    <message>
        <source>%1: %2 entries intact</source>
        <translation>%1&#xa0;: %2 entrées intactes</translation>
    </message>
    <message>
        <source>Output: text, json or html.</source>
        <translation>Sortie&#xa0;: text, json ou html.</translation>
    </message>
    <message>
        <source>Language of the words: en or fr (default: en).</source>
        <translation>Langue des libellés&#xa0;: en ou fr (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <source>diff: expected two files, OLD and NEW</source>
        <translation>diff&#xa0;: deux fichiers attendus, ANCIEN et NOUVEAU</translation>
    </message>
    <message>
        <source>diff: unknown format &quot;%1&quot; (known: text, json, html)</source>
        <translation>diff&#xa0;: format «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: text, json, html)</translation>
    </message>
    <message>
        <source>diff: only one of OLD and NEW can be standard input</source>
        <translation>diff&#xa0;: un seul d’ANCIEN et NOUVEAU peut être l’entrée standard</translation>
    </message>
    <message>
        <source>Language of the summaries: en or fr (default: en).</source>
        <translation>Langue des résumés&#xa0;: en ou fr (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <source>history: expected one FILE</source>
        <translation>history&#xa0;: un FICHIER attendu</translation>
    </message>
    <message>
        <source>Your note, kept with the revision.</source>
        <translation>Votre note, conservée avec la version.</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (default: today).</source>
        <translation>Date de publication, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Who publishes (default: your login name).</source>
        <translation>Qui publie (par défaut&#xa0;: votre identifiant de connexion).</translation>
    </message>
    <message>
        <source>Publish despite checker errors, for this reason (recorded).</source>
        <translation>Publier malgré les erreurs du vérificateur, pour cette raison (enregistrée).</translation>
    </message>
    <message>
        <source>Ask visitors again although no change calls for it, for this reason.</source>
        <translation>Redemander le consentement bien qu’aucune modification ne l’exige, pour cette raison.</translation>
    </message>
    <message>
        <source>Do not ask visitors again although a change calls for it, for this reason.</source>
        <translation>Ne pas redemander le consentement bien qu’une modification l’exige, pour cette raison.</translation>
    </message>
    <message>
        <source>Language of the messages: en or fr (default: en).</source>
        <translation>Langue des messages&#xa0;: en ou fr (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <source>publish: expected one FILE (the archive is kept beside it)</source>
        <translation>publish&#xa0;: un FICHIER attendu (l’archive est conservée à côté)</translation>
    </message>
    <message>
        <source>publish: --force needs a reason</source>
        <translation>publish&#xa0;: --force demande une raison</translation>
    </message>
    <message>
        <source>publish: --date &quot;%1&quot; is not a date such as 2026-12-03</source>
        <translation>publish&#xa0;: --date «&#xa0;%1&#xa0;» n’est pas une date telle que 2026-12-03</translation>
    </message>
    <message>
        <source>publish: --ask-again and --no-ask-again exclude each other</source>
        <translation>publish&#xa0;: --ask-again et --no-ask-again s’excluent</translation>
    </message>
    <message>
        <source>publish: --%1 needs a reason</source>
        <translation>publish&#xa0;: --%1 demande une raison</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the evidence holds no cookie (%2 requests read); no document written</source>
        <translation>%1&#xa0;: les traces ne contiennent aucun cookie (%2 requêtes lues)&#xa0;; aucun document écrit</translation>
    </message>
    <message>
        <source>tarteaucitron&apos;s service list (tarteaucitron.services.js), for the cookies of the services a tarteaucitron setup names.</source>
        <translation>La liste des services de tarteaucitron (tarteaucitron.services.js), pour les cookies des services qu’une configuration tarteaucitron nomme.</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgresql://user@host[:port]/database.</source>
        <translation>sqlite:CHEMIN ou postgresql://utilisateur@hôte[:port]/base.</translation>
    </message>
    <message>
        <source>consent-log %1: missing --store STORE</source>
        <translation>consent-log %1&#xa0;: --store STOCKAGE manquant</translation>
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation>Sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>consent-log find: expected one consent ID</source>
        <translation>consent-log find&#xa0;: un identifiant de consentement attendu</translation>
    </message>
    <message>
        <source>consent-log find: unknown format &quot;%1&quot; (known: text, json)</source>
        <translation>consent-log find&#xa0;: format «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: text, json)</translation>
    </message>
    <message>
        <source>charte: consent-log find: no record of consent id &quot;%1&quot; in %2
</source>
        <translation>charte&#xa0;: consent-log find&#xa0;: aucun enregistrement pour l’identifiant de consentement «&#xa0;%1&#xa0;» dans %2
</translation>
    </message>
    <message>
        <source>Records received from DATE (2026-03-14 or an ISO 8601 time).</source>
        <translation>Enregistrements reçus à partir de DATE (2026-03-14 ou une heure ISO 8601).</translation>
    </message>
    <message>
        <source>Records received up to DATE (a date includes that day).</source>
        <translation>Enregistrements reçus jusqu’à DATE (une date inclut ce jour).</translation>
    </message>
    <message>
        <source>Output: csv or json.</source>
        <translation>Sortie&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>Write to FILE (&apos;-&apos;: standard output).</source>
        <translation>Écrire dans FICHIER («&#xa0;-&#xa0;»&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <source>consent-log export: unexpected argument &quot;%1&quot;</source>
        <translation>consent-log export&#xa0;: argument «&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>consent-log export: unknown format &quot;%1&quot; (known: csv, json)</source>
        <translation>consent-log export&#xa0;: format «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: csv, json)</translation>
    </message>
    <message>
        <source>consent-log export: --%1 &quot;%2&quot; is not a date (2026-03-14) or an ISO 8601 time</source>
        <translation>consent-log export&#xa0;: --%1 «&#xa0;%2&#xa0;» n’est ni une date (2026-03-14) ni une heure ISO 8601</translation>
    </message>
    <message numerus="yes">
        <source>charte: consent-log export: %n record(s)</source>
        <translation>
            <numerusform>charte&#xa0;: consent-log export&#xa0;: %n enregistrement</numerusform>
            <numerusform>charte&#xa0;: consent-log export&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by day, week or revision.</source>
        <translation>Regrouper par jour (day), semaine (week) ou révision (revision).</translation>
    </message>
    <message>
        <source>consent-log stats: unknown grouping &quot;%1&quot; (known: day, week, revision)</source>
        <translation>consent-log stats&#xa0;: regroupement «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: day, week, revision)</translation>
    </message>
    <message>
        <source>consent-log stats: unknown format &quot;%1&quot; (known: text, json)</source>
        <translation>consent-log stats&#xa0;: format «&#xa0;%1&#xa0;» inconnu (connus&#xa0;: text, json)</translation>
    </message>
    <message>
        <source>charte: %1: the chain is broken: %2</source>
        <translation>charte&#xa0;: %1&#xa0;: la chaîne est rompue&#xa0;: %2</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>from the checkpoint after record %1 (records received before %2 removed by retention)</source>
        <translation>depuis le point de contrôle après l’enregistrement %1 (enregistrements reçus avant %2 supprimés par la durée de conservation)</translation>
    </message>
    <message>
        <source>%1: %2 records intact, %3.
Head: record %4, hash %5
</source>
        <translation>%1&#xa0;: %2 enregistrements intacts, %3.
Tête&#xa0;: enregistrement %4, empreinte %5
</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8090).</source>
        <translation>Adresse et port d’écoute (par défaut 127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>A site allowed to send records from a browser (repeatable).</source>
        <translation>Un site autorisé à envoyer des enregistrements depuis un navigateur (répétable).</translation>
    </message>
    <message>
        <source>Accept only the categories of this policy.</source>
        <translation>N’accepter que les catégories de cette politique.</translation>
    </message>
    <message>
        <source>Keep no client address at all.</source>
        <translation>Ne conserver aucune adresse de client.</translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For gives the visitor&apos;s address (repeatable).</source>
        <translation>Un mandataire inverse dont l’en-tête X-Forwarded-For donne l’adresse du visiteur (répétable).</translation>
    </message>
    <message>
        <source>Records per minute per address (0: no limit).</source>
        <translation>Enregistrements par minute et par adresse (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>Records an address may send at once.</source>
        <translation>Enregistrements qu’une adresse peut envoyer d’un coup.</translation>
    </message>
    <message>
        <source>Records waiting to be stored before new ones get 429.</source>
        <translation>Enregistrements en attente d’écriture avant que les nouveaux reçoivent 429.</translation>
    </message>
    <message>
        <source>Remove records older than DURATION (&quot;13 months&quot;).</source>
        <translation>Supprimer les enregistrements plus anciens que DURÉE («&#xa0;13 mois&#xa0;»).</translation>
    </message>
    <message>
        <source>consent-log serve: unexpected argument &quot;%1&quot;</source>
        <translation>consent-log serve&#xa0;: argument «&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>consent-log serve: missing --store STORE</source>
        <translation>consent-log serve&#xa0;: --store STOCKAGE manquant</translation>
    </message>
    <message>
        <source>consent-log serve: --listen &quot;%1&quot; is not ADDRESS:PORT (127.0.0.1:8090, [::1]:8090)</source>
        <translation>consent-log serve&#xa0;: --listen «&#xa0;%1&#xa0;» n’est pas ADRESSE:PORT (127.0.0.1:8090, [::1]:8090)</translation>
    </message>
    <message>
        <source>consent-log serve: --origin &quot;%1&quot; is not an origin (https://www.example.org)</source>
        <translation>consent-log serve&#xa0;: --origin «&#xa0;%1&#xa0;» n’est pas une origine (https://www.example.org)</translation>
    </message>
    <message>
        <source>%1: the policy has no categories</source>
        <translation>%1&#xa0;: la politique n’a aucune catégorie</translation>
    </message>
    <message>
        <source>consent-log serve: --trust-proxy &quot;%1&quot; is not an IP address</source>
        <translation>consent-log serve&#xa0;: --trust-proxy «&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>consent-log serve: --%1 &quot;%2&quot; is not a whole number from %3</source>
        <translation>consent-log serve&#xa0;: --%1 «&#xa0;%2&#xa0;» n’est pas un nombre entier à partir de %3</translation>
    </message>
    <message>
        <source>consent-log serve: --retain &quot;%1&quot; is not a duration (&quot;13 months&quot;)%2</source>
        <translation>consent-log serve&#xa0;: --retain «&#xa0;%1&#xa0;» n’est pas une durée («&#xa0;13 mois&#xa0;»)%2</translation>
    </message>
    <message>
        <source>charte: consent-log: retention %1: records received before %2 removed; chain checkpoint at record %3
</source>
        <translation>charte&#xa0;: consent-log&#xa0;: conservation %1&#xa0;: enregistrements reçus avant %2 supprimés&#xa0;; point de contrôle de la chaîne à l’enregistrement %3
</translation>
    </message>
    <message>
        <source>charte: consent-log: records not stored (answered 503): %1
</source>
        <translation>charte&#xa0;: consent-log&#xa0;: enregistrements non conservés (réponse 503)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>consent-log serve: cannot set up signal handling</source>
        <translation>consent-log serve&#xa0;: impossible de mettre en place la gestion des signaux</translation>
    </message>
    <message>
        <source>charte: consent-log: listening on %1:%2, storing into %3%4
</source>
        <translation>charte&#xa0;: consent-log&#xa0;: écoute sur %1:%2, enregistrement dans %3%4
</translation>
    </message>
    <message>
        <source> (no --origin: no CORS headers, any origin accepted)</source>
        <translation> (sans --origin&#xa0;: pas d’en-têtes CORS, toute origine acceptée)</translation>
    </message>
    <message>
        <source>, CORS for %1</source>
        <translation>, CORS pour %1</translation>
    </message>
    <message>
        <source>charte: consent-log: stopped; %1 stored, %2 refused, %3 limited, %4 not stored
</source>
        <translation>charte&#xa0;: consent-log&#xa0;: arrêté&#xa0;; %1 conservés, %2 refusés, %3 limités, %4 non conservés
</translation>
    </message>
    <message>
        <source>consent-log: expected serve, find, export, stats or verify</source>
        <translation>consent-log&#xa0;: serve, find, export, stats ou verify attendu</translation>
    </message>
    <message>
        <source>consent-log: unknown action &quot;%1&quot; (known: serve, find, export, stats, verify)</source>
        <translation>consent-log&#xa0;: action «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: serve, find, export, stats, verify)</translation>
    </message>
    <message>
        <source>(export) Records received from DATE.</source>
        <translation>(export) Enregistrements reçus à partir de DATE.</translation>
    </message>
    <message>
        <source>(export) Records received up to DATE.</source>
        <translation>(export) Enregistrements reçus jusqu’à DATE.</translation>
    </message>
    <message>
        <source>(export) Write to FILE (&apos;-&apos;: standard output).</source>
        <translation>(export) Écrire dans FICHIER («&#xa0;-&#xa0;»&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <source>(stats) Group by day, week or revision.</source>
        <translation>(stats) Regrouper par jour, semaine ou version.</translation>
    </message>
    <message>
        <source>text or json (find, stats), csv or json (export).</source>
        <translation>text ou json (find, stats), csv ou json (export).</translation>
    </message>
    <message>
        <source>%1: unknown language &quot;%2&quot; (known: en, fr)</source>
        <translation>%1&#xa0;: langue inconnue «&#xa0;%2&#xa0;» (connues&#xa0;: en, fr)</translation>
    </message>
    <message>
        <source>import: %1 is the file being imported; nothing was changed</source>
        <translation>import&#xa0;: %1 est le fichier importé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: no row names a cookie; %2 was not changed</source>
        <translation>%1&#xa0;: aucune ligne ne nomme de cookie&#xa0;; %2 n’a pas été modifié</translation>
    </message>
    <message>
        <source>warning: %1:%2: %3: %4 &quot;%5&quot; could not be read; left as it was (%6)</source>
        <translation>avertissement&#xa0;: %1:%2&#xa0;: %3&#xa0;: %4 «&#xa0;%5&#xa0;» illisible&#xa0;; laissé tel quel (%6)</translation>
    </message>
    <message>
        <source>warning: %1:%2: the row names no cookie; left out</source>
        <translation>avertissement&#xa0;: %1:%2&#xa0;: la ligne ne nomme aucun cookie&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>warning: %1: %2 row(s) name a cookie an earlier row names (same name and domain) and complete it</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2 ligne(s) nomment un cookie déjà nommé plus haut (même nom et même domaine) et le complètent</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangé(s)</translation>
    </message>
    <message>
        <source>Import the CSV inventory INPUT into the existing document DOC: cookies with the same name and domain are updated, the others added. DOC is rewritten, unless -o FILE is given.</source>
        <translation>Importer l’inventaire CSV INPUT dans le document existant DOC&#xa0;: les cookies de même nom et de même domaine sont mis à jour, les autres ajoutés. DOC est réécrit, sauf si -o FILE est donné.</translation>
    </message>
    <message>
        <source>With --update: only add the cookies DOC lacks; leave the others as they are.</source>
        <translation>Avec --update&#xa0;: ajouter seulement les cookies absents de DOC&#xa0;; laisser les autres tels quels.</translation>
    </message>
    <message>
        <source>With --update: also remove the cookies of DOC that INPUT does not list.</source>
        <translation>Avec --update&#xa0;: retirer aussi les cookies de DOC que INPUT ne liste pas.</translation>
    </message>
    <message>
        <source>import: --keep-existing and --replace are used with --update</source>
        <translation>import&#xa0;: --keep-existing et --replace s’emploient avec --update</translation>
    </message>
    <message>
        <source>import: choose --keep-existing or --replace, not both</source>
        <translation>import&#xa0;: choisir --keep-existing ou --replace, pas les deux</translation>
    </message>
    <message>
        <source>import: --update takes a CSV inventory, without --fill-from-db or --services</source>
        <translation>import&#xa0;: --update prend un inventaire CSV, sans --fill-from-db ni --services</translation>
    </message>
    <message>
        <source>import: expected one INPUT (a CSV inventory) with --update</source>
        <translation>import&#xa0;: un INPUT (un inventaire CSV) est attendu avec --update</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1, and no archive beside it (%2)</source>
        <translation>%1, et aucune archive à côté (%2)</translation>
    </message>
    <message>
        <source>reading the archive %1 on its own</source>
        <translation>lecture de l’archive %1 seule</translation>
    </message>
    <message>
        <source>warning: %1:%2: %3 states no domain and the document has several cookies of that name; left out (add the domain to the row)</source>
        <translation>avertissement&#xa0;: %1:%2&#xa0;: %3 n’indique pas de domaine et le document a plusieurs cookies de ce nom&#xa0;; ligne écartée (ajoutez le domaine à la ligne)</translation>
    </message>
    <message>
        <source>removed %1 (no row names it)</source>
        <translation>%1 supprimé (aucune ligne ne le nomme)</translation>
    </message>
    <message>
        <source>Usage: charte [FILE]                   open the editor (the default charter if no FILE)
       charte new [--template NAME] -o FILE
       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT &apos;-&apos; = standard output)
       charte check FILE [--profile fr|eu] [--format text|json|sarif] [--lang en|fr]
                         [--known-cookies OCD.csv]
       charte scan URL [--policy FILE] [--site HOST] [--engine chromium|http] [--browser PATH]
                   [--consent none|reject|accept|all] [--reject-selector CSS]
                   [--accept-selector CSS] [--max-pages N] [--max-depth N] [--concurrency N]
                   [--timeout SECONDS] [--total-time SECONDS] [--format text|json|html]
                   [--output-dir DIR] [--verbose]
       charte scan --evidence FILE.har|inspection.json [--policy FILE] [--format text|json|html]
       charte import INPUT [--lang L] [--fill-from-db [--known-cookies OCD.csv]] -o FILE
                         (INPUT: CSV inventory, charter page or URL,
                         Klaro or vanilla-cookieconsent configuration)
       charte import FILE.csv --update DOC [--keep-existing | --replace] [-o FILE]
       charte diff OLD NEW [--format text|json|html] [--lang en|fr]
       charte publish FILE [--note TEXT] [--date D] [--publisher NAME] [--force REASON]
                      [--ask-again REASON | --no-ask-again REASON]
       charte history FILE  ·  charte archive verify FILE
       charte consent-log serve --store STORE [--listen ADDR:PORT] [--origin URL ...]
                   [--policy FILE] [--no-address] [--trust-proxy ADDR ...] [--rate N]
                   [--burst N] [--queue N] [--retain DURATION]
       charte consent-log find ID [--format text|json] --store STORE
       charte consent-log export [--since D] [--until D] [--format csv|json] [-o FILE] --store STORE
       charte consent-log stats [--by day|week|revision] [--format text|json] --store STORE
       charte consent-log verify --store STORE
                         (STORE: sqlite:PATH or postgresql://user@host[:port]/database)
       charte --version | --help

Export formats: %1.
Exit status: 0 success, 1 the check or scan found errors, 2 bad usage, unreadable input
or a start URL that could not be fetched at all.
</source>
        <translation>Usage&#xa0;: charte [FICHIER]               ouvre l’éditeur (la charte par défaut sans FICHIER)
        charte new [--template NOM] -o FICHIER
        charte export FICHIER --format FORMAT [--lang L] -o SORTIE   (SORTIE «&#xa0;-&#xa0;» = sortie standard)
        charte check FICHIER [--profile fr|eu] [--format text|json|sarif] [--lang en|fr]
                             [--known-cookies OCD.csv]
        charte scan URL [--policy FICHIER] [--site HÔTE] [--engine chromium|http] [--browser CHEMIN]
                    [--consent none|reject|accept|all] [--reject-selector CSS]
                    [--accept-selector CSS] [--max-pages N] [--max-depth N] [--concurrency N]
                    [--timeout SECONDES] [--total-time SECONDES] [--format text|json|html]
                    [--output-dir DOSSIER] [--verbose]
        charte scan --evidence FICHIER.har|inspection.json [--policy FICHIER] [--format text|json|html]
        charte import ENTRÉE [--lang L] [--fill-from-db [--known-cookies OCD.csv]] -o FICHIER
                             (ENTRÉE&#xa0;: inventaire CSV, page ou URL de charte,
                             configuration Klaro ou vanilla-cookieconsent)
        charte import FICHIER.csv --update DOC [--keep-existing | --replace] [-o FICHIER]
        charte diff ANCIEN NOUVEAU [--format text|json|html] [--lang en|fr]
        charte publish FICHIER [--note TEXTE] [--date D] [--publisher NOM] [--force RAISON]
                       [--ask-again RAISON | --no-ask-again RAISON]
        charte history FICHIER  ·  charte archive verify FICHIER
        charte consent-log serve --store STOCKAGE [--listen ADRESSE:PORT] [--origin URL ...]
                    [--policy FICHIER] [--no-address] [--trust-proxy ADRESSE ...] [--rate N]
                    [--burst N] [--queue N] [--retain DURÉE]
        charte consent-log find ID [--format text|json] --store STOCKAGE
        charte consent-log export [--since D] [--until D] [--format csv|json] [-o FICHIER] --store STOCKAGE
        charte consent-log stats [--by day|week|revision] [--format text|json] --store STOCKAGE
        charte consent-log verify --store STOCKAGE
                             (STOCKAGE&#xa0;: sqlite:CHEMIN ou postgresql://utilisateur@hôte[:port]/base)
        charte --version | --help

Formats d’export&#xa0;: %1.
Code de sortie&#xa0;: 0 succès, 1 la vérification ou l’analyse a trouvé des erreurs, 2 usage incorrect,
entrée illisible ou URL de départ qui n’a pas pu être récupérée du tout.
</translation>
    </message>
    <message>
        <source>import: --update reads the inventory from a file, not from standard input</source>
        <translation>import&#xa0;: --update lit l’inventaire dans un fichier, pas sur l’entrée standard</translation>
    </message>
</context>
<context>
    <name>ConsentChart</name>
    <message>
        <source>%1: %2 % accepted</source>
        <translation>%1&#xa0;: %2&#xa0;% accepté</translation>
    </message>
    <message>
        <source>revision %1 from %2</source>
        <translation>révision %1 à partir du %2</translation>
    </message>
    <message>
        <source>From %1 to %2. </source>
        <translation>Du %1 au %2. </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <comment>a week on the consent chart&apos;s axis: the week&apos;s number, then the year</comment>
        <translation>S%1 %2</translation>
    </message>
</context>
<context>
    <name>ConsentControls</name>
    <message>
        <source>consent controls: %1 at offset %2</source>
        <translation>boutons de consentement&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>consent controls: not a charte-consent-controls/1 document</source>
        <translation>boutons de consentement&#xa0;: pas un document charte-consent-controls/1</translation>
    </message>
</context>
<context>
    <name>ConsentLibrary</name>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 au total)</translation>
    </message>
    <message>
        <source>these regular expressions are not valid in JavaScript and their cookies are not deleted: %1</source>
        <translation>ces expressions régulières ne sont pas valides en JavaScript et leurs cookies ne sont pas supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>cookies without a known category are left out: %1</source>
        <translation>les cookies sans catégorie connue sont écartés&#xa0;: %1</translation>
    </message>
    <message>
        <source>the banner has no text for a button in %1: the export says &quot;%2&quot;</source>
        <translation>le bandeau n’a pas de texte pour un bouton en %1&#xa0;: l’export affiche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 deletes only cookies; local storage, session storage and pixels are listed but not cleared on refusal: %2</source>
        <translation>%1 ne supprime que les cookies&#xa0;; le stockage local, le stockage de session et les pixels sont listés mais pas effacés en cas de refus&#xa0;: %2</translation>
    </message>
    <message>
        <source>third-party cookies cannot be deleted by the site&apos;s scripts; %1 can only keep their service from loading: %2</source>
        <translation>les cookies tiers ne peuvent pas être supprimés par les scripts du site&#xa0;; %1 peut seulement empêcher le chargement de leur service&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not honour Global Privacy Control (navigator.globalPrivacyControl)</source>
        <translation>%1 ne respecte pas Global Privacy Control (navigator.globalPrivacyControl)</translation>
    </message>
    <message>
        <source>colours are not carried over: style %1 with its own CSS</source>
        <translation>les couleurs ne sont pas reprises&#xa0;: stylez %1 avec sa propre CSS</translation>
    </message>
    <message>
        <source>%1 does not send choices to the consent log (%2); record them from its consent callback, or use Charte&apos;s banner</source>
        <translation>%1 n’envoie pas les choix au journal des consentements (%2)&#xa0;; enregistrez-les depuis son rappel de consentement, ou utilisez le bandeau de Charte</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) with no name (category %1) left out of what the script deletes: give each its name</source>
        <translation>
            <numerusform>%n cookie sans nom (catégorie %1) écarté de ce que le script supprime&#xa0;: donnez-lui son nom</numerusform>
            <numerusform>%n cookies sans nom (catégorie %1) écartés de ce que le script supprime&#xa0;: donnez à chacun son nom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>A SQLite file, or postgresql://user@host/database</source>
        <translation>Un fichier SQLite, ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>Consent log store</source>
        <translation>Stockage du registre des consentements</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acceptance rate per category&lt;/b&gt; (dashed: a new policy revision)</source>
        <translation>&lt;b&gt;Taux d’acceptation par catégorie&lt;/b&gt; (en tirets&#xa0;: une nouvelle révision de la politique)</translation>
    </message>
    <message>
        <source>Open a consent log to see how visitors choose.</source>
        <translation>Ouvrez un registre des consentements pour voir comment les visiteurs choisissent.</translation>
    </message>
    <message>
        <source>Acceptance rate per category over time</source>
        <translation>Taux d’acceptation par catégorie dans le temps</translation>
    </message>
    <message>
        <source>Consent id, as the consent cookie holds it</source>
        <translation>Identifiant de consentement, tel que le cookie de consentement le contient</translation>
    </message>
    <message>
        <source>Consent id</source>
        <translation>Identifiant de consentement</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>History of the consent id</source>
        <translation>Historique de l’identifiant de consentement</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The records that charte consent-log serve keeps (docs/consent-log.md).</source>
        <translation>Les enregistrements que conserve charte consent-log serve (docs/consent-log.md).</translation>
    </message>
    <message>
        <source>Cannot open the consent log: %1</source>
        <translation>Impossible d’ouvrir le registre des consentements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give a SQLite file or a PostgreSQL address.</source>
        <translation>Indiquez un fichier SQLite ou une adresse PostgreSQL.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>; records received before %1 were removed by retention</source>
        <translation>&#xa0;; les enregistrements reçus avant le %1 ont été supprimés par la durée de conservation</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n choice(s)&lt;/b&gt;: accept all %1 %, reject all %2 %, custom %3 %, closed %4 %; Global Privacy Control %5 %.&lt;br&gt;Accepted: %6.</source>
        <translation>
            <numerusform>&lt;b&gt;%n choix&lt;/b&gt;&#xa0;: tout accepter %1&#xa0;%, tout refuser %2&#xa0;%, personnalisé %3&#xa0;%, fermé %4&#xa0;%&#xa0;; Global Privacy Control %5&#xa0;%.&lt;br&gt;Acceptées&#xa0;: %6.</numerusform>
            <numerusform>&lt;b&gt;%n choix&lt;/b&gt;&#xa0;: tout accepter %1&#xa0;%, tout refuser %2&#xa0;%, personnalisé %3&#xa0;%, fermé %4&#xa0;%&#xa0;; Global Privacy Control %5&#xa0;%.&lt;br&gt;Acceptées&#xa0;: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category yet</source>
        <translation>aucune catégorie pour l’instant</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>No record of consent id &quot;%1&quot;.</source>
        <translation>Aucun enregistrement pour l’identifiant de consentement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for this consent id.</source>
        <translation>
            <numerusform>%n enregistrement pour cet identifiant de consentement.</numerusform>
            <numerusform>%n enregistrements pour cet identifiant de consentement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n record(s) chained; head record %1, hash %2.</source>
        <translation>
            <numerusform>Intacte&#xa0;: %n enregistrement chaîné&#xa0;; dernier enregistrement %1, empreinte %2.</numerusform>
            <numerusform>Intacte&#xa0;: %n enregistrements chaînés&#xa0;; dernier enregistrement %1, empreinte %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n record(s).</source>
        <translation>
            <numerusform>Vérification annulée après %n enregistrement.</numerusform>
            <numerusform>Vérification annulée après %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>La chaîne est intacte.</translation>
    </message>
    <message>
        <source>The chain is not intact.</source>
        <translation>La chaîne n’est pas intacte.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent log</source>
        <translation>Ouvrir un registre des consentements</translation>
    </message>
    <message>
        <source>SQLite consent logs (*.db *.sqlite);;All files (*)</source>
        <translation>Registres des consentements SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the consent records</source>
        <translation>Exporter les enregistrements de consentement</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 records</source>
        <translation>%1 %2 enregistrements sur %3</translation>
    </message>
</context>
<context>
    <name>CookieConsentExporter</name>
    <message>
        <source>vanilla-cookieconsent has no Google Consent Mode: send the gtag &apos;consent&apos; updates from its onConsent and onChange callbacks</source>
        <translation>vanilla-cookieconsent n’a pas de Google Consent Mode&#xa0;: envoyez les mises à jour gtag &apos;consent&apos; depuis ses fonctions de rappel onConsent et onChange</translation>
    </message>
    <message>
        <source>vanilla-cookieconsent shows no permanent &quot;manage cookies&quot; link: add &lt;button data-cc=&quot;show-preferencesModal&quot;&gt; to the page</source>
        <translation>vanilla-cookieconsent n’affiche pas de lien permanent «&#xa0;Gérer les cookies&#xa0;»&#xa0;: ajoutez &lt;button data-cc=&quot;show-preferencesModal&quot;&gt; à la page</translation>
    </message>
    <message>
        <source>bare JSON cannot hold the RegExp that vanilla-cookieconsent needs to clear pattern cookies; they are listed in the cookie tables but not cleared (export to a .js file to clear them): %1</source>
        <translation>le JSON seul ne peut pas contenir les RegExp dont vanilla-cookieconsent a besoin pour effacer les cookies désignés par un motif&#xa0;; ils figurent dans les tableaux des cookies mais ne sont pas effacés (exportez vers un fichier .js pour les effacer)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CookieDelegate</name>
    <message>
        <source>New provider…</source>
        <translation>Nouveau fournisseur…</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
</context>
<context>
    <name>CookieDetailsPane</name>
    <message>
        <source>No cookie selected</source>
        <translation>Aucun cookie sélectionné</translation>
    </message>
    <message>
        <source>Unnamed cookie</source>
        <translation>Cookie sans nom</translation>
    </message>
    <message>
        <source>Cookie details</source>
        <translation>Détails du cookie</translation>
    </message>
    <message>
        <source>Sent only over HTTPS. Browsers refuse __Secure- and __Host- cookies without it.</source>
        <translation>Envoyé seulement en HTTPS. Les navigateurs refusent les cookies __Secure- et __Host- sans cet attribut.</translation>
    </message>
    <message>
        <source>Out of reach of the page&apos;s scripts.</source>
        <translation>Hors de portée des scripts de la page.</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <source>First party</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Stockage local</translation>
    </message>
    <message>
        <source>Session storage</source>
        <translation>Stockage de session</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Exempt from consent</source>
        <translation>Exempté de consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Could not understand &quot;%1&quot;; please correct this cell.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été compris&#xa0;; veuillez corriger cette cellule.</translation>
    </message>
    <message>
        <source>Required: the name the cookie is stored under.</source>
        <translation>Obligatoire&#xa0;: le nom sous lequel le cookie est enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid cookie name: a name cannot contain spaces, accented letters or any of ( ) &lt; &gt; @ , ; : \ &quot; / [ ] ? = { }.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de cookie valide&#xa0;: un nom ne peut contenir ni espace, ni lettre accentuée, ni aucun des caractères ( ) &lt; &gt; @ , ; : \ &quot; / [ ] ? = { }.</translation>
    </message>
    <message>
        <source>Required: who sets this cookie.</source>
        <translation>Obligatoire&#xa0;: qui dépose ce cookie.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: choose one from the list or add it under Providers.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste ou ajoutez-le dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Required: what the cookie is for, at least in the default language (%1).</source>
        <translation>Obligatoire&#xa0;: la finalité du cookie, au moins dans la langue par défaut (%1).</translation>
    </message>
    <message>
        <source>Required: the category that decides when the cookie may be set.</source>
        <translation>Obligatoire&#xa0;: la catégorie qui détermine quand le cookie peut être déposé.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: choose one from the list or add it under Categories.</source>
        <translation>Catégorie inconnue «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste ou ajoutez-la dans Catégories.</translation>
    </message>
    <message>
        <source>Required: how long the cookie lives (&quot;session&quot; or a duration).</source>
        <translation>Obligatoire&#xa0;: la durée de conservation du cookie («&#xa0;session&#xa0;» ou une durée).</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Service et emplacement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>This cookie has errors: see the Issues panel</source>
        <translation>Ce cookie présente des erreurs&#xa0;: voir le panneau Problèmes</translation>
    </message>
    <message>
        <source>This cookie has warnings: see the Issues panel</source>
        <translation>Ce cookie présente des avertissements&#xa0;: voir le panneau Problèmes</translation>
    </message>
    <message>
        <source>This cookie has remarks: see the Issues panel</source>
        <translation>Ce cookie fait l’objet de remarques&#xa0;: voir le panneau Problèmes</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Nom exact</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Préfixe du nom</translation>
    </message>
    <message>
        <source>Pattern (regular expression)</source>
        <translation>Motif (expression régulière)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Name match</source>
        <translation>Correspondance du nom</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
    <message>
        <source>SameSite</source>
        <translation>SameSite</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservation des données</translation>
    </message>
</context>
<context>
    <name>CookiesPage</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cookie(s)</source>
        <translation>
            <numerusform>%1 sur %n cookie</numerusform>
            <numerusform>%1 sur %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cookie(s)</source>
        <translation>
            <numerusform>%n cookie supprimé</numerusform>
            <numerusform>%n cookies supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n ligne collée</numerusform>
            <numerusform>%n lignes collées</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cookies</source>
        <translation>Rechercher des cookies</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <source>Show the cookies of one category</source>
        <translation>Afficher les cookies d’une catégorie</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Cookie actions</source>
        <translation>Actions sur les cookies</translation>
    </message>
    <message>
        <source>&amp;Add Cookie</source>
        <translation>&amp;Ajouter un cookie</translation>
    </message>
    <message>
        <source>Add a cookie below the current row (Insert)</source>
        <translation>Ajouter un cookie sous la ligne courante (Inser)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected cookies (Ctrl+D)</source>
        <translation>Dupliquer les cookies sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>&amp;Copier les cellules</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>C&amp;oller les cellules</translation>
    </message>
    <message>
        <source>&amp;Find Cookie</source>
        <translation>&amp;Rechercher un cookie</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Show only the cookies the last check found errors, warnings or remarks on</source>
        <translation>N’afficher que les cookies pour lesquels la dernière vérification a relevé des erreurs, des avertissements ou des remarques</translation>
    </message>
    <message>
        <source>Party, storage and legal basis always hold a value: choose another one in the cell. To remove cookies, press %1.</source>
        <translation>Tiers, stockage et base légale ont toujours une valeur&#xa0;: choisissez-en une autre dans la cellule. Pour supprimer des cookies, appuyez sur %1.</translation>
    </message>
    <message>
        <source>Remove the selected cookies (%1)</source>
        <translation>Supprimer les cookies sélectionnés (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Vider les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells (Delete)</source>
        <translation>Vider les cellules sélectionnées (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n pasted cookie(s)</source>
        <translation>
            <numerusform>%n cookie collé inséré</numerusform>
            <numerusform>%n cookies collés insérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells would replace what %n cookie(s) hold.</source>
        <translation>
            <numerusform>Les cellules collées remplaceraient le contenu de %n cookie.</numerusform>
            <numerusform>Les cellules collées remplaceraient le contenu de %n cookies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their cells, or insert the pasted rows as new cookies?</source>
        <translation>Remplacer leurs cellules, ou insérer les lignes collées comme nouveaux cookies&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Insert as New Cookies</source>
        <translation>&amp;Insérer comme nouveaux cookies</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Only rows next to each other can be moved together.</source>
        <translation>Seules des lignes qui se suivent peuvent être déplacées ensemble.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n cookie(s)</source>
        <translation>
            <numerusform>%n cookie déplacé</numerusform>
            <numerusform>%n cookies déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Show every field of the current cookie beside the grid</source>
        <translation>Afficher tous les champs du cookie courant à côté de la grille</translation>
    </message>
    <message>
        <source>Search cookies (Ctrl+F)</source>
        <translation>Chercher un cookie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the cookies whose shown columns contain the text</source>
        <translation>Affiche les cookies dont une colonne affichée contient le texte</translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message>
        <source>Not a country: choose one from the list, or type its two-letter code (NZ, US…).</source>
        <translation>Ce n’est pas un pays&#xa0;: choisissez-en un dans la liste ou tapez son code à deux lettres (NZ, US…).</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Field for column &quot;%1&quot;</source>
        <translation>Champ de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose which column holds the cookie names.</source>
        <translation>Choisissez la colonne qui contient les noms des cookies.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Imported empty; the original text is kept so it can be fixed.</source>
        <translation>Importé vide&#xa0;; le texte d’origine est conservé pour pouvoir le corriger.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) will be imported</source>
        <translation>
            <numerusform>%n cookie sera importé</numerusform>
            <numerusform>%n cookies seront importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new provider(s)</source>
        <translation>
            <numerusform>%n nouveau fournisseur</numerusform>
            <numerusform>%n nouveaux fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new category(ies)</source>
        <translation>
            <numerusform>%n nouvelle catégorie</numerusform>
            <numerusform>%n nouvelles catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and will be marked to check.</source>
        <translation>
            <numerusform>%n cellule n’a pas pu être lue et sera marquée à vérifier.</numerusform>
            <numerusform>%n cellules n’ont pas pu être lues et seront marquées à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV inventory</source>
        <translation>Importer un inventaire CSV</translation>
    </message>
    <message numerus="yes">
        <source>Delimiter: %1 · Encoding: %2 · %n row(s)</source>
        <translation>
            <numerusform>Séparateur&#xa0;: %1 · Encodage&#xa0;: %2 · %n ligne</numerusform>
            <numerusform>Séparateur&#xa0;: %1 · Encodage&#xa0;: %2 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Langue des textes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Columns (choose the field each one holds):</source>
        <translation>&amp;Colonnes (choisissez le champ de chacune)&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>The document already holds what this file says: nothing to import.</source>
        <translation>Le document contient déjà ce que dit ce fichier&#xa0;: rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a cookie an earlier row names (same name and domain) and complete it.</source>
        <translation>
            <numerusform>%n ligne nomme un cookie déjà nommé plus haut (même nom et même domaine) et le complète.</numerusform>
            <numerusform>%n lignes nomment un cookie déjà nommé plus haut (même nom et même domaine) et le complètent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no cookie and are left out.</source>
        <translation>
            <numerusform>%n ligne ne nomme aucun cookie et est ignorée.</numerusform>
            <numerusform>%n lignes ne nomment aucun cookie et sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read; kept</source>
        <translation>«&#xa0;%1&#xa0;» illisible&#xa0;; valeur conservée</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Retirés (%1)</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Unchanged, with cells that could not be read (%1)</source>
        <translation>Inchangés, avec des cellules illisibles (%1)</translation>
    </message>
    <message>
        <source>No change: every cookie of the file is already in the document as the file describes it.</source>
        <translation>Aucun changement&#xa0;: chaque cookie du fichier est déjà dans le document tel que le fichier le décrit.</translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation>C&amp;hangements (%1)</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Cookies already in the &amp;document:</source>
        <translation>Cookies déjà dans le &amp;document&#xa0;:</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values, add the new ones</source>
        <translation>Les mettre à jour avec les valeurs du fichier, ajouter les nouveaux</translation>
    </message>
    <message>
        <source>Leave them as they are, add only the new ones</source>
        <translation>Les laisser tels quels, ajouter seulement les nouveaux</translation>
    </message>
    <message>
        <source>Update them, add the new ones, remove those the file does not list</source>
        <translation>Les mettre à jour, ajouter les nouveaux, retirer ceux que le fichier ne liste pas</translation>
    </message>
    <message>
        <source>A cookie of the file is one of the document&apos;s when both have the same name and domain. A blank cell changes nothing.</source>
        <translation>Un cookie du fichier est celui du document quand les deux ont le même nom et le même domaine. Une cellule vide ne change rien.</translation>
    </message>
    <message>
        <source>First cookies of the file</source>
        <translation>Premiers cookies du fichier</translation>
    </message>
    <message>
        <source>Cookie / field</source>
        <translation>Cookie / champ</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>Dans le document</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) state no domain while the document has several cookies of their name, and are left out: %1.</source>
        <translation>
            <numerusform>%n ligne n’indique pas de domaine alors que le document a plusieurs cookies de ce nom, et est écartée&#xa0;: %1.</numerusform>
            <numerusform>%n lignes n’indiquent pas de domaine alors que le document a plusieurs cookies de leur nom, et sont écartées&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvInventory</name>
    <message>
        <source>no column holds cookie names; the first row should name the columns (&quot;Cookie&quot;, &quot;Nom du cookie&quot;, &quot;Provider&quot;, &quot;Purpose&quot; …)</source>
        <translation>aucune colonne ne contient les noms des cookies&#xa0;; la première ligne doit nommer les colonnes («&#xa0;Cookie&#xa0;», «&#xa0;Nom du cookie&#xa0;», «&#xa0;Provider&#xa0;», «&#xa0;Purpose&#xa0;»…)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed; the file may be cut short</source>
        <translation>un champ entre guillemets commence ici et n’est jamais fermé&#xa0;; le fichier est peut-être tronqué</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>ce n’est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>warning: %1: this line is not UTF-8 while the others are; such lines were read as Windows-1252: check their accents</source>
        <translation>avertissement&#xa0;: %1&#xa0;: cette ligne n’est pas en UTF-8 alors que les autres le sont&#xa0;; ces lignes ont été lues en Windows-1252&#xa0;: vérifiez leurs accents</translation>
    </message>
    <message>
        <source>warning: %1: the file is not UTF-8; it was read as Windows-1252: check the accents</source>
        <translation>avertissement&#xa0;: %1&#xa0;: le fichier n’est pas en UTF-8&#xa0;; il a été lu en Windows-1252&#xa0;: vérifiez les accents</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Open a charter</source>
        <translation>Ouvrir une charte</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json);;JSON files (*.json);;All files (*)</source>
        <translation>Documents Charte (*.charte.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the charter</source>
        <translation>Enregistrer la charte</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json)</source>
        <translation>Documents Charte (*.charte.json)</translation>
    </message>
    <message>
        <source>a charter that was never saved</source>
        <translation>une charte jamais enregistrée</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Charte did not close normally. Changes to %1 were saved automatically on %2.</source>
        <translation>Charte ne s’est pas fermé normalement. Les modifications de %1 ont été enregistrées automatiquement le %2.</translation>
    </message>
    <message>
        <source>Restore them, or discard them for good?</source>
        <translation>Les restaurer, ou les abandonner définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>New charter from the default template</source>
        <translation>Nouvelle charte à partir du modèle par défaut</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Impossible d’ouvrir le document</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>charter</source>
        <translation>charte</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Impossible d’enregistrer le document</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The new charter</source>
        <translation>La nouvelle charte</translation>
    </message>
    <message>
        <source>Cannot restore the document</source>
        <translation>Impossible de restaurer le document</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Modifications non enregistrées restaurées</translation>
    </message>
</context>
<context>
    <name>EvidenceImporter</name>
    <message>
        <source>%1: log.entries: no request URL to tell the site from</source>
        <translation>%1&#xa0;: log.entries&#xa0;: aucune URL de requête permettant d’identifier le site</translation>
    </message>
    <message>
        <source>%1: uri_ins: missing or not a URL</source>
        <translation>%1&#xa0;: uri_ins&#xa0;: absent ou n’est pas une URL</translation>
    </message>
    <message>
        <source>cookies[%1]: no name</source>
        <translation>cookies[%1]&#xa0;: aucun nom</translation>
    </message>
    <message>
        <source>%1: neither a HAR file (log.entries) nor Website Evidence Collector output (cookies, uri_ins)</source>
        <translation>%1&#xa0;: ni un fichier HAR (log.entries) ni une sortie de Website Evidence Collector (cookies, uri_ins)</translation>
    </message>
    <message>
        <source>%1: larger than 1 GiB</source>
        <translation>%1&#xa0;: plus de 1 Gio</translation>
    </message>
    <message>
        <source>cookies[%1] &quot;%2&quot;: the expiry is beyond the year 9999, the cookie is left out</source>
        <translation>cookies[%1] «&#xa0;%2&#xa0;»&#xa0;: l’expiration est au-delà de l’an 9999, le cookie est écarté</translation>
    </message>
</context>
<context>
    <name>EvidencePolicy</name>
    <message numerus="yes">
        <source>%n cookie(s) were only seen in requests: the evidence does not say how long they live</source>
        <translation>
            <numerusform>%n cookie n’a été vu que dans des requêtes&#xa0;: les traces ne disent pas combien de temps il vit</numerusform>
            <numerusform>%n cookies n’ont été vus que dans des requêtes&#xa0;: les traces ne disent pas combien de temps ils vivent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything in the document carries over.</source>
        <translation>Tout le contenu du document est repris.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, with %n warning(s) listed above.</source>
        <translation>
            <numerusform>Exporté vers %1, avec %n avertissement indiqué ci-dessus.</numerusform>
            <numerusform>Exporté vers %1, avec %n avertissements indiqués ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Formats d’export</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>Écrire &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>What this format cannot express:</source>
        <translation>Ce que ce format ne peut pas exprimer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Not exported: the document has errors (see the Issues panel).</source>
        <translation>Rien n’a été exporté&#xa0;: le document contient des erreurs (voir le panneau Problèmes).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>No cookie needs consent: export only the “manage cookies” entry point</source>
        <translation>Aucun cookie ne demande de consentement&#xa0;: n’exporter que l’accès «&#xa0;gérer mes cookies&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Policy JSON</source>
        <translation>Document JSON</translation>
    </message>
    <message>
        <source>The document itself, normalised, for version control and for websites that read the charte/1 schema.</source>
        <translation>Le document lui-même, normalisé, pour la gestion de versions et pour les sites qui lisent le schéma charte/1.</translation>
    </message>
    <message>
        <source>HTML charter page</source>
        <translation>Page HTML de la charte</translation>
    </message>
    <message>
        <source>A standalone cookie policy page in one language, with a table per category and a button that reopens the banner.</source>
        <translation>Une page autonome de politique cookies dans une langue, avec un tableau par catégorie et un bouton qui rouvre le bandeau.</translation>
    </message>
    <message>
        <source>Consent banner bundle</source>
        <translation>Paquet du bandeau de consentement</translation>
    </message>
    <message>
        <source>The consent banner for the website (charte-consent.js and charte-consent.css, no dependencies) with a demo page.</source>
        <translation>Le bandeau de consentement du site (charte-consent.js et charte-consent.css, sans dépendance) avec une page de démonstration.</translation>
    </message>
    <message>
        <source>PDF charter</source>
        <translation>Charte en PDF</translation>
    </message>
    <message>
        <source>The charter with its cookie tables on A4 pages, for the records or for printing.</source>
        <translation>La charte et ses tableaux des cookies sur des pages A4, pour archivage ou impression.</translation>
    </message>
    <message>
        <source>Cookie inventory (CSV)</source>
        <translation>Inventaire des cookies (CSV)</translation>
    </message>
    <message>
        <source>Every cookie with all its fields, one column per language, for spreadsheets; Charte imports it back unchanged.</source>
        <translation>Chaque cookie avec tous ses champs, une colonne par langue, pour les tableurs&#xa0;; Charte le réimporte à l’identique.</translation>
    </message>
    <message>
        <source>vanilla-cookieconsent 3 configuration</source>
        <translation>Configuration vanilla-cookieconsent 3</translation>
    </message>
    <message>
        <source>A script to include after cookieconsent.umd.js that starts the banner with this document; name the file .json for the bare configuration.</source>
        <translation>Un script à inclure après cookieconsent.umd.js qui lance le bandeau avec ce document&#xa0;; nommez le fichier en .json pour n’obtenir que la configuration.</translation>
    </message>
    <message>
        <source>Klaro 0.7 configuration</source>
        <translation>Configuration Klaro 0.7</translation>
    </message>
    <message>
        <source>A script to include before klaro.js that sets window.klaroConfig; name the file .json for the bare configuration.</source>
        <translation>Un script à inclure avant klaro.js qui définit window.klaroConfig&#xa0;; nommez le fichier en .json pour n’obtenir que la configuration.</translation>
    </message>
    <message>
        <source>tarteaucitron 1.x configuration</source>
        <translation>Configuration tarteaucitron 1.x</translation>
    </message>
    <message>
        <source>A script to include after tarteaucitron.js that starts it with one service per provider and category.</source>
        <translation>Un script à inclure après tarteaucitron.js qui le lance avec un service par fournisseur et par catégorie.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Errors in the document</source>
        <translation>Erreurs dans le document</translation>
    </message>
    <message numerus="yes">
        <source>The check finds %n error(s) in this document: publish it anyway?</source>
        <translation>
            <numerusform>La vérification trouve %n erreur dans ce document&#xa0;: le publier quand même&#xa0;?</numerusform>
            <numerusform>La vérification trouve %n erreurs dans ce document&#xa0;: le publier quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>; the file was not changed</source>
        <translation>&#xa0;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>standard output: %1</source>
        <translation>sortie standard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Charte</source>
        <translation>À &amp;propos de Charte</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Archive this revision as published, asking visitors again if needed</source>
        <translation>Archiver cette version comme publiée, en redemandant le consentement si nécessaire</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Open this revision</source>
        <translation>Ouvrir cette version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nouveau consentement</translation>
    </message>
    <message>
        <source>Published revision %1 (entry %2 of the archive)</source>
        <translation>Version %1 publiée (entrée %2 de l’archive)</translation>
    </message>
    <message>
        <source>This document has not been saved: its published revisions are archived beside its file.</source>
        <translation>Ce document n’a pas été enregistré&#xa0;: ses versions publiées sont archivées à côté de son fichier.</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>L’archive ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No revision published yet. Publishing creates the archive in %1.</source>
        <translation>Aucune version publiée pour l’instant. La publication crée l’archive dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n published revision(s) in %1.</source>
        <translation>
            <numerusform>%n version publiée dans %1.</numerusform>
            <numerusform>%n versions publiées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact.</source>
        <translation>L’archive est intacte.</translation>
    </message>
    <message>
        <source>The archive was altered: %1</source>
        <translation>L’archive a été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>visitors asked again</source>
        <translation>consentement redemandé</translation>
    </message>
    <message>
        <source>consent stands</source>
        <translation>consentement maintenu</translation>
    </message>
    <message>
        <source>Published by %1 on %2 (entry %3).</source>
        <translation>Publiée par %1 le %2 (entrée %3).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Existing consent stands.</source>
        <translation>Le consentement déjà donné reste valable.</translation>
    </message>
    <message>
        <source>Visitors were asked again.</source>
        <translation>Le consentement a été redemandé.</translation>
    </message>
    <message>
        <source>Visitors were asked again: %1.</source>
        <translation>Le consentement a été redemandé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decision overridden: %1</source>
        <translation>Décision modifiée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published despite %n checker error(s): %1</source>
        <translation>
            <numerusform>Publiée malgré %n erreur du vérificateur&#xa0;: %1</numerusform>
            <numerusform>Publiée malgré %n erreurs du vérificateur&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <source>The current document</source>
        <translation>Le document actuel</translation>
    </message>
    <message>
        <source>Nothing to compare until a revision is published.</source>
        <translation>Rien à comparer tant qu’aucune version n’est publiée.</translation>
    </message>
    <message>
        <source>The document as it was published — charter, cookies, categories, providers, banner — read-only</source>
        <translation>Le document tel qu&apos;il a été publié (charte, cookies, catégories, fournisseurs, bannière), en lecture seule</translation>
    </message>
    <message>
        <source>Open This Revision</source>
        <translation>Ouvrir cette révision</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Cookie inventory (CSV)</source>
        <translation>Inventaire des cookies (CSV)</translation>
    </message>
    <message>
        <source>Charter page (HTML or text)</source>
        <translation>Page de charte (HTML ou texte)</translation>
    </message>
    <message numerus="yes">
        <source>no table found and no cookie named; the page has %n section(s) of text but no cookie list to import</source>
        <translation>
            <numerusform>aucun tableau ni aucun cookie nommé&#xa0;; la page a %n section de texte mais aucune liste de cookies à importer</numerusform>
            <numerusform>aucun tableau ni aucun cookie nommé&#xa0;; la page a %n sections de texte mais aucune liste de cookies à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) found; none has a cookie-name column; headers: %1</source>
        <translation>
            <numerusform>%n tableau trouvé&#xa0;; aucun n’a de colonne de noms de cookies&#xa0;; en-têtes&#xa0;: %1</numerusform>
            <numerusform>%n tableaux trouvés&#xa0;; aucun n’a de colonne de noms de cookies&#xa0;; en-têtes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaro, vanilla-cookieconsent or tarteaucitron configuration</source>
        <translation>Configuration Klaro, vanilla-cookieconsent ou tarteaucitron</translation>
    </message>
    <message>
        <source>not something Charte can import (expected a CSV inventory, a charter page, a Klaro, vanilla-cookieconsent or tarteaucitron configuration, or evidence)</source>
        <translation>rien que Charte sache importer (attendu&#xa0;: un inventaire CSV, une page de charte, une configuration Klaro, vanilla-cookieconsent ou tarteaucitron, ou des traces)</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>InventoryFields</name>
    <message>
        <source>Cookie name</source>
        <translation>Nom du cookie</translation>
    </message>
    <message>
        <source>Name match</source>
        <translation>Correspondance du nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Identifiant du fournisseur</translation>
    </message>
    <message>
        <source>Provider website</source>
        <translation>Site web du fournisseur</translation>
    </message>
    <message>
        <source>Provider privacy policy</source>
        <translation>Politique de confidentialité du fournisseur</translation>
    </message>
    <message>
        <source>Provider country</source>
        <translation>Pays du fournisseur</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Service et emplacement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>First or third party</source>
        <translation>Interne ou tiers</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Extra data (JSON)</source>
        <translation>Données supplémentaires (JSON)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>InventoryUpdate</name>
    <message>
        <source>none</source>
        <comment>no value in a field</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>%1 changed, %2 added</source>
        <translation>%1 modifié(s), %2 ajouté(s)</translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation>, %1 retiré(s)</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>suppressed: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suppressed (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
    <message>
        <source>No issue found (profile %1).</source>
        <translation>Aucun problème détecté (profil %1).</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Compliance issues</source>
        <translation>Problèmes de conformité</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
    <message>
        <source>%1 Checking the changes…</source>
        <translation>%1 Vérification des modifications…</translation>
    </message>
</context>
<context>
    <name>JsConfigSandbox</name>
    <message>
        <source>the configuration could not be interrupted (it recurses without end); stopped</source>
        <translation>la configuration n’a pas pu être interrompue (elle s’appelle elle-même sans fin)&#xa0;; arrêtée</translation>
    </message>
    <message>
        <source>the configuration calls %1; reading a configuration never goes to the network</source>
        <translation>la configuration appelle %1&#xa0;; la lecture d’une configuration ne va jamais sur le réseau</translation>
    </message>
    <message>
        <source>the configuration builds a value too large for a configuration; stopped</source>
        <translation>la configuration construit une valeur trop grande pour une configuration&#xa0;; arrêtée</translation>
    </message>
    <message>
        <source>JavaScript error: %1</source>
        <translation>erreur JavaScript&#xa0;: %1</translation>
    </message>
    <message>
        <source>the configuration loads code with import(); Charte does not run code from elsewhere while reading a configuration</source>
        <translation>la configuration charge du code avec import()&#xa0;; Charte n’exécute pas de code venu d’ailleurs en lisant une configuration</translation>
    </message>
    <message>
        <source>the configuration still ran after %1 ms (an endless loop?); stopped</source>
        <translation>la configuration tournait encore après %1 ms (une boucle sans fin&#xa0;?)&#xa0;; arrêtée</translation>
    </message>
    <message>
        <source>the configuration used more than %1 MiB of memory; stopped</source>
        <translation>la configuration a utilisé plus de %1 Mio de mémoire&#xa0;; arrêtée</translation>
    </message>
    <message>
        <source>the configuration is nested too deep or holds too many values to read</source>
        <translation>la configuration est trop profondément imbriquée ou contient trop de valeurs pour être lue</translation>
    </message>
</context>
<context>
    <name>KlaroExporter</name>
    <message>
        <source>Klaro&apos;s modal has no cookie table: each service&apos;s description lists its cookies, lifetimes and purposes; the service-and-location column is left out</source>
        <translation>la fenêtre de Klaro n’a pas de tableau des cookies&#xa0;: la description de chaque service liste ses cookies, leurs durées de conservation et leurs finalités&#xa0;; la colonne «&#xa0;service et emplacement&#xa0;» est écartée</translation>
    </message>
    <message>
        <source>the document has no site address: Klaro&apos;s privacy-policy link is left out</source>
        <translation>le document n’a pas d’adresse de site&#xa0;: le lien de Klaro vers la politique de confidentialité est écarté</translation>
    </message>
    <message>
        <source>Klaro links to a privacy policy: the export points it to the site address; set translations.zz.privacyPolicyUrl to the charter page</source>
        <translation>Klaro renvoie vers une politique de confidentialité&#xa0;: l’export la fait pointer vers l’adresse du site&#xa0;; réglez translations.zz.privacyPolicyUrl sur la page de la charte</translation>
    </message>
    <message>
        <source>Klaro 0.7 has no Google Consent Mode: send the gtag &apos;consent&apos; updates from the services&apos; callbacks</source>
        <translation>Klaro 0.7 n’a pas de Google Consent Mode&#xa0;: envoyez les mises à jour gtag &apos;consent&apos; depuis les fonctions de rappel des services</translation>
    </message>
    <message>
        <source>the bare JSON carries no style: Klaro&apos;s &quot;toggle all&quot; switch looks on while it is off, and links are not underlined; the .js export fixes both</source>
        <translation>le JSON seul ne porte aucun style&#xa0;: l&apos;interrupteur «&#xa0;tout activer&#xa0;» de Klaro paraît activé quand il ne l&apos;est pas, et les liens ne sont pas soulignés&#xa0;; l&apos;export .js corrige les deux</translation>
    </message>
    <message>
        <source>the site address &quot;%1&quot; is not an http(s) address: Klaro&apos;s privacy-policy link is left out</source>
        <translation>l&apos;adresse du site «&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s)&#xa0;: le lien de Klaro vers la politique de confidentialité est omis</translation>
    </message>
</context>
<context>
    <name>KnownCookies</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not an Open Cookie Database file: expected the columns &quot;Cookie / Data Key name&quot; and &quot;Category&quot;</source>
        <translation>ce n’est pas un fichier de l’Open Cookie Database&#xa0;: colonnes «&#xa0;Cookie / Data Key name&#xa0;» et «&#xa0;Category&#xa0;» attendues</translation>
    </message>
</context>
<context>
    <name>KnownCookiesChooser</name>
    <message numerus="yes">
        <source>%n known cookie(s) read.</source>
        <translation>
            <numerusform>%n cookie connu lu.</numerusform>
            <numerusform>%n cookies connus lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) could not be read as a duration, for example: %1.</source>
        <translation>
            <numerusform>%n durée de conservation n’a pas pu être lue comme une durée, par exemple&#xa0;: %1.</numerusform>
            <numerusform>%n durées de conservation n’ont pas pu être lues comme des durées, par exemple&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Known-cookie database</source>
        <translation>Base de cookies connus</translation>
    </message>
    <message>
        <source>Open Cookie Database (*.csv);;All files (*)</source>
        <translation>Open Cookie Database (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Languages of the charter</source>
        <translation>Langues de la charte</translation>
    </message>
    <message>
        <source>The charter, the banner and the cookie descriptions can be written in several languages. A text missing in one language is shown in the default language.</source>
        <translation>La charte, le bandeau et les descriptions des cookies peuvent être rédigés en plusieurs langues. Un texte manquant dans une langue est affiché dans la langue par défaut.</translation>
    </message>
    <message>
        <source>Languages of the document</source>
        <translation>Langues du document</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <source>Language code, e.g. de</source>
        <translation>Code de langue, par ex. de</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the language and every text written in it (undoable)</source>
        <translation>Supprimer la langue et tous les textes rédigés dans celle-ci (annulable)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Langue par &amp;défaut</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Use a code such as de, es or pt-BR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue. Utilisez un code tel que de, es ou pt-BR.</translation>
    </message>
</context>
<context>
    <name>LibraryConfigImporter</name>
    <message>
        <source>service &quot;%1&quot; lists no cookies and the known-cookie database has none for it; it is listed as a provider without cookies</source>
        <translation>le service «&#xa0;%1&#xa0;» ne liste aucun cookie et la base de cookies connus n’en a aucun pour lui&#xa0;; il figure comme fournisseur sans cookies</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>ce n’est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>this is a vanilla-cookieconsent 2 setup (initCookieConsent); Charte reads version 3 configurations (CookieConsent.run)</source>
        <translation>c’est une configuration vanilla-cookieconsent 2 (initCookieConsent)&#xa0;; Charte lit les configurations de la version 3 (CookieConsent.run)</translation>
    </message>
    <message>
        <source>defines no tarteaucitron.services; expected tarteaucitron&apos;s service list (tarteaucitron.services.js)</source>
        <translation>ne définit aucun tarteaucitron.services&#xa0;; attendu&#xa0;: la liste des services de tarteaucitron (tarteaucitron.services.js)</translation>
    </message>
    <message>
        <source>the script ran but handed nothing to Klaro (klaroConfig, klaro.setup), vanilla-cookieconsent (CookieConsent.run) or tarteaucitron (tarteaucitron.init, tarteaucitron.job)</source>
        <translation>le script s’est exécuté sans rien transmettre à Klaro (klaroConfig, klaro.setup), vanilla-cookieconsent (CookieConsent.run) ni tarteaucitron (tarteaucitron.init, tarteaucitron.job)</translation>
    </message>
    <message>
        <source>not a Klaro, vanilla-cookieconsent or tarteaucitron configuration</source>
        <translation>ce n’est pas une configuration Klaro, vanilla-cookieconsent ou tarteaucitron</translation>
    </message>
    <message>
        <source>the configuration names no cookie and the known-cookie database knows none of its services; nothing to import</source>
        <translation>la configuration ne nomme aucun cookie et la base de cookies connus ne connaît aucun de ses services&#xa0;; rien à importer</translation>
    </message>
    <message>
        <source>a service without a name was left out</source>
        <translation>un service sans nom a été écarté</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; has no purpose; it was put in the necessary category if required, else in functional</source>
        <translation>le service «&#xa0;%1&#xa0;» n’a pas de finalité&#xa0;; il a été placé dans la catégorie nécessaire s’il est obligatoire, sinon dans fonctionnelle</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: a cookie entry without a name was left out</source>
        <translation>service «&#xa0;%1&#xa0;»&#xa0;: une entrée de cookie sans nom a été écartée</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; (%2): cookie table row %3 has no cookie name and was left out</source>
        <translation>catégorie «&#xa0;%1&#xa0;» (%2)&#xa0;: la ligne %3 du tableau des cookies n’a pas de nom de cookie et a été écartée</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: an autoClear cookie without a name was left out</source>
        <translation>catégorie «&#xa0;%1&#xa0;»&#xa0;: un cookie autoClear sans nom a été écarté</translation>
    </message>
    <message>
        <source>the %1 texts are loaded from %2 when the page runs; they were not read</source>
        <translation>les textes %1 sont chargés depuis %2 quand la page s’exécute&#xa0;; ils n’ont pas été lus</translation>
    </message>
    <message>
        <source>a tarteaucitron.job entry that is not a service key was left out</source>
        <translation>une entrée de tarteaucitron.job qui n’est pas une clé de service a été écartée</translation>
    </message>
    <message>
        <source>no service is pushed to tarteaucitron.job</source>
        <translation>aucun service n’est ajouté à tarteaucitron.job</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: tarteaucitron&apos;s service list names no cookie for it</source>
        <translation>service «&#xa0;%1&#xa0;»&#xa0;: la liste des services de tarteaucitron ne lui nomme aucun cookie</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; is not in tarteaucitron&apos;s service list (give it with --services tarteaucitron.services.js) and the known-cookie database has no cookies for it; it is listed as a provider without cookies</source>
        <translation>le service «&#xa0;%1&#xa0;» n’est pas dans la liste des services de tarteaucitron (donnez-la avec --services tarteaucitron.services.js) et la base de cookies connus n’a aucun cookie pour lui&#xa0;; il figure comme fournisseur sans cookies</translation>
    </message>
</context>
<context>
    <name>Lifetime</name>
    <message>
        <source>expected &quot;session&quot; or a duration such as &quot;13 months&quot;, &quot;1 year&quot; or &quot;30 days&quot;, got &quot;%1&quot;</source>
        <translation>«&#xa0;session&#xa0;» ou une durée telle que «&#xa0;13 mois&#xa0;», «&#xa0;1 an&#xa0;» ou «&#xa0;30 jours&#xa0;» attendue, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
</context>
<context>
    <name>LifetimeEditor</name>
    <message>
        <source>Not a lifetime Charte can read: write it as &quot;session&quot;, &quot;13 months&quot;, &quot;1 year&quot;, &quot;2 semaines&quot;… Kept as written and flagged if you leave it so.</source>
        <translation>Pas une durée que Charte sait lire&#xa0;: écrivez-la «&#xa0;session&#xa0;», «&#xa0;13 mois&#xa0;», «&#xa0;1 an&#xa0;», «&#xa0;2 semaines&#xa0;»… Gardée telle quelle et signalée si vous la laissez ainsi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New charter from the default template</source>
        <translation>Nouvelle charte à partir du modèle par défaut</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a charter</source>
        <translation>Ouvrir une charte</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the charter</source>
        <translation>Enregistrer la charte</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Edit &amp;language:</source>
        <translation>&amp;Langue d’édition&#xa0;:</translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>Langue d’édition</translation>
    </message>
    <message>
        <source>The language in which translatable texts are shown and edited</source>
        <translation>La langue dans laquelle les textes traduisibles sont affichés et modifiés</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Page courante</translation>
    </message>
    <message>
        <source>File state</source>
        <translation>État du fichier</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Modified, never saved</source>
        <translation>Modifié, jamais enregistré</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <source>Modified — %1</source>
        <translation>Modifié — %1</translation>
    </message>
    <message>
        <source>Saved — %1</source>
        <translation>Enregistré — %1</translation>
    </message>
    <message>
        <source>Import a cookie inventory</source>
        <translation>Importer un inventaire de cookies</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import scan evidence</source>
        <translation>Importer les preuves d’une analyse</translation>
    </message>
    <message>
        <source>HAR or WEC files (*.har *.json);;All files (*)</source>
        <translation>Fichiers HAR ou WEC (*.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;CSV Inventory…</source>
        <translation>Inventaire &amp;CSV…</translation>
    </message>
    <message>
        <source>Charter &amp;Page…</source>
        <translation>&amp;Page de charte…</translation>
    </message>
    <message>
        <source>Scan &amp;Evidence…</source>
        <translation>P&amp;reuves d’analyse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the charter, the banner or a consent library&apos;s configuration</source>
        <translation>Exporter la charte, le bandeau ou la configuration d’une bibliothèque de consentement</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Known-Cookie Database…</source>
        <translation>&amp;Base de cookies connus…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Doc&amp;ument</translation>
    </message>
    <message>
        <source>&amp;Languages…</source>
        <translation>&amp;Langues…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Scan Site…</source>
        <translation>&amp;Analyser le site…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check the document against the rules and show the issues</source>
        <translation>Vérifier le document au regard des règles et afficher les problèmes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Cannot import the inventory</source>
        <translation>Impossible d’importer l’inventaire</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n section(s) and %1</source>
        <translation>
            <numerusform>%n section importée et %1</numerusform>
            <numerusform>%n sections importées et %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Mark the Charter as Updated Today</source>
        <translation>&amp;Marquer la charte comme mise à jour aujourd’hui</translation>
    </message>
    <message>
        <source>Set the last-updated date to today and note that the charter matches the current cookies</source>
        <translation>Mettre la date de dernière mise à jour à aujourd’hui et noter que la charte correspond aux cookies actuels</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MetaEditor</name>
    <message>
        <source>Who publishes the charter and for which site. These details appear at the foot of the charter page.</source>
        <translation>Qui publie la charte et pour quel site. Ces informations figurent au pied de la page de la charte.</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;address (URL):</source>
        <translation>&amp;Adresse du site (URL)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher (controller):</source>
        <translation>Éd&amp;iteur (responsable du traitement)&#xa0;:</translation>
    </message>
    <message>
        <source>Publisher&apos;s postal a&amp;ddress:</source>
        <translation>Adresse &amp;postale de l’éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;DPO contact (e-mail):</source>
        <translation>Contact du &amp;DPO (e-mail)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last updated:</source>
        <translation>Dernière &amp;mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Révision&#xa0;:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Publisher&apos;s postal address</source>
        <translation>Adresse postale de l’éditeur</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>Contact du DPO</translation>
    </message>
    <message>
        <source>dpo@example.org</source>
        <translation>dpo@example.org</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Set the last-updated date to today</source>
        <translation>Mettre la date de dernière mise à jour à aujourd’hui</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Raise the revision when the charter changes in a way that visitors must be asked again.</source>
        <translation>Augmentez la révision lorsque la charte change au point que le consentement des visiteurs doit être recueilli à nouveau.</translation>
    </message>
</context>
<context>
    <name>NewCategoryPrompt</name>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name of the category (%1):</source>
        <translation>Nom de la catégorie (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy contact:</source>
        <translation>Contact données personnelles&#xa0;:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision&#xa0;:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Dernière mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation>Cookies et traceurs</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Internes</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Providers outside the EU/EEA</source>
        <translation>Fournisseurs hors UE/EEE</translation>
    </message>
    <message>
        <source>Cookies per category</source>
        <translation>Cookies par catégorie</translation>
    </message>
    <message>
        <source>No cookies declared yet.</source>
        <translation>Aucun cookie déclaré pour l’instant.</translation>
    </message>
    <message>
        <source>Lifetimes</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Cookies per lifetime</source>
        <translation>Cookies par durée de conservation</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Transferts hors UE/EEE</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Unnamed site</source>
        <translation>Site sans nom</translation>
    </message>
    <message>
        <source>No site address yet</source>
        <translation>Pas encore d’adresse de site</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, par défaut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>figure caption: number</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>%1 (undefined)</source>
        <translation>%1 (non définie)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Up to 1 month</source>
        <translation>Jusqu’à 1 mois</translation>
    </message>
    <message>
        <source>Up to 6 months</source>
        <translation>Jusqu’à 6 mois</translation>
    </message>
    <message>
        <source>Up to 13 months</source>
        <translation>Jusqu’à 13 mois</translation>
    </message>
    <message>
        <source>More than 13 months</source>
        <translation>Plus de 13 mois</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), cookies: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), cookies&#xa0;: %4</translation>
    </message>
    <message>
        <source>Country not stated for: %1</source>
        <translation>Pays non indiqué pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>No providers declared yet.</source>
        <translation>Aucun fournisseur déclaré pour l’instant.</translation>
    </message>
    <message>
        <source>None: every provider is established in the EU or the EEA.</source>
        <translation>Aucun&#xa0;: tous les fournisseurs sont établis dans l’UE ou l’EEE.</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>only http and https addresses can be imported</source>
        <translation>seules les adresses http et https peuvent être importées</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the page is larger than %1 KiB</source>
        <translation>la page dépasse %1 Kio</translation>
    </message>
    <message>
        <source>the TLS certificate was refused: %1</source>
        <translation>le certificat TLS a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>le serveur n’a rien envoyé pendant %1 s</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>the server answered %1 without saying where to go</source>
        <translation>le serveur a répondu %1 sans indiquer de destination</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https address</source>
        <translation>redirigé vers %1, qui n’est pas une adresse http ou https</translation>
    </message>
</context>
<context>
    <name>PageNavigator</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the PDF export needs a graphical application object (fonts)</source>
        <translation>l’export PDF a besoin d’un objet application graphique (polices)</translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation>impossible de commencer le dessin des pages</translation>
    </message>
    <message>
        <source>cannot add page %1</source>
        <translation>impossible d’ajouter la page %1</translation>
    </message>
    <message>
        <source>a paragraph or table cell of %L1 characters (&quot;%2…&quot;): the PDF lays out at most %L3 characters in one; shorten it (the HTML export has no such limit)</source>
        <translation>un paragraphe ou une cellule de tableau de %L1 caractères («&#xa0;%2…&#xa0;»)&#xa0;: le PDF en met en page au plus %L3 par paragraphe&#xa0;; raccourcissez-le (l’export HTML n’a pas cette limite)</translation>
    </message>
</context>
<context>
    <name>PolicyReader</name>
    <message>
        <source>missing, expected a string</source>
        <translation>absent, chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>nombre entier attendu, à partir de %1</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes de caractères attendue</translation>
    </message>
    <message>
        <source>expected an object of texts by language, such as {&quot;fr&quot;: &quot;…&quot;}</source>
        <translation>objet de textes par langue attendu, tel que {&quot;fr&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the text for language &quot;%1&quot; is not a string</source>
        <translation>le texte de la langue «&#xa0;%1&#xa0;» n’est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi %1</translation>
    </message>
    <message>
        <source>expected a colour such as &quot;#1d4e89&quot;</source>
        <translation>couleur attendue, telle que «&#xa0;#1d4e89&#xa0;»</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must include the default language &quot;%1&quot;</source>
        <translation>doit inclure la langue par défaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-11-29&quot;</source>
        <translation>date attendue, telle que «&#xa0;2026-11-29&#xa0;»</translation>
    </message>
    <message>
        <source>expected &quot;session&quot; or a duration (a whole number of seconds)</source>
        <translation>«&#xa0;session&#xa0;» ou une durée attendue (un nombre entier de secondes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a newer format than this version of Charte reads (charte/1); open it with a newer Charte</source>
        <translation>«&#xa0;%1&#xa0;» est un format plus récent que celui lu par cette version de Charte (charte/1)&#xa0;; ouvrez-le avec une version plus récente de Charte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Charte document format (expected &quot;charte/1&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format de document Charte («&#xa0;charte/1&#xa0;» attendu)</translation>
    </message>
    <message>
        <source>missing, expected an object</source>
        <translation>absent, objet attendu</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a Charte document may have</source>
        <translation>le fichier fait %1 Mio, plus que les %2 Mio autorisés pour un document Charte</translation>
    </message>
    <message>
        <source>the file is empty, expected a Charte document</source>
        <translation>le fichier est vide, document Charte attendu</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8 and try again</source>
        <translation>le fichier n’est pas en UTF-8 valide&#xa0;; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;charte/1&quot;</source>
        <translation>objet JSON attendu avec &quot;format&quot;: &quot;charte/1&quot;</translation>
    </message>
    <message>
        <source>malformed JSON: a \u escape holds half of a surrogate pair</source>
        <translation>JSON mal formé&#xa0;: un échappement \u ne contient que la moitié d’une paire de substitution</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in this object</source>
        <translation>le membre «&#xa0;%1&#xa0;» apparaît deux fois dans cet objet</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>ce n’est pas un fichier texte (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>malformed JSON: a control character (U+%1) inside a string; write it as \u%1</source>
        <translation>JSON mal formé : un caractère de contrôle (U+%1) dans une chaîne ; écrivez-le \u%1</translation>
    </message>
    <message>
        <source>more than %1 MiB, the most Charte reads</source>
        <translation>plus de %1 Mio, le maximum que Charte lit</translation>
    </message>
    <message>
        <source>a text of more than %1 MiB; Charte reads texts up to %1 MiB</source>
        <translation>un texte de plus de %1 Mio&#xa0;; Charte lit les textes jusqu’à %1 Mio</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Politique de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Where the provider is established: type its name or its code (FR, IE, US…). Outside the EU, visitors are told their data leaves it.</source>
        <translation>Où le prestataire est établi&#xa0;: tapez le nom du pays ou son code (FR, IE, US…). Hors de l’UE, les visiteurs sont informés que leurs données la quittent.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message numerus="yes">
        <source>Used by %n cookie(s)</source>
        <translation>
            <numerusform>Utilisé par %n cookie</numerusform>
            <numerusform>Utilisé par %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is empty or already used.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» est vide ou déjà utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) are set by %1. Which provider sets them instead?</source>
        <translation>
            <numerusform>%n cookie est déposé par %1. Quel fournisseur le dépose à sa place&#xa0;?</numerusform>
            <numerusform>%n cookies sont déposés par %1. Quel fournisseur les dépose à sa place&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider (to fill in later)</source>
        <translation>Aucun fournisseur (à compléter plus tard)</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>&amp;Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Politique de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>How the file refers to this provider; cookies follow a change.</source>
        <translation>Nom sous lequel le fichier désigne ce fournisseur&#xa0;; les cookies suivent son changement.</translation>
    </message>
    <message>
        <source>Two-letter ISO code (FR, IE, US…): outside the EU, visitors are told their data leaves it.</source>
        <translation>Code ISO à deux lettres (FR, IE, US…)&#xa0;: hors de l’UE, les visiteurs sont informés que leurs données la quittent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country: choose one from the list or type its two-letter code. The country was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pays&#xa0;: choisissez-en un dans la liste ou tapez son code à deux lettres. Le pays n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>PublicationArchive</name>
    <message>
        <source>entry %1 (revision %2, %3)</source>
        <translation>entrée %1 (version %2, %3)</translation>
    </message>
    <message>
        <source>not a Charte archive entry (expected &quot;format&quot;: &quot;charte-archive/1&quot;)</source>
        <translation>pas une entrée d’archive Charte («&#xa0;format&#xa0;»&#xa0;: «&#xa0;charte-archive/1&#xa0;» attendu)</translation>
    </message>
    <message>
        <source>the entry has no valid sequence, revision or date</source>
        <translation>l’entrée n’a pas de numéro, de version ou de date valide</translation>
    </message>
    <message>
        <source>unreadable JSON (%1)</source>
        <translation>JSON illisible (%1)</translation>
    </message>
    <message>
        <source>entry %1 is missing (the archive goes from %2 to %3)</source>
        <translation>l’entrée %1 manque (l’archive passe de %2 à %3)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>entry %1: %2 was altered (it is no longer valid JSON)</source>
        <translation>entrée %1&#xa0;: %2 a été modifié (ce n’est plus du JSON valide)</translation>
    </message>
    <message>
        <source>entry %1: %2 was altered (%3)</source>
        <translation>entrée %1&#xa0;: %2 a été modifié (%3)</translation>
    </message>
    <message>
        <source>entry %1: %2 says it is entry %3</source>
        <translation>entrée %1&#xa0;: %2 se dit l’entrée %3</translation>
    </message>
    <message>
        <source>%1: %2 was altered (its hash no longer matches its content)</source>
        <translation>%1&#xa0;: %2 a été modifié (son empreinte ne correspond plus à son contenu)</translation>
    </message>
    <message>
        <source>%1: the chain is broken (it does not follow entry %2 as written)</source>
        <translation>%1&#xa0;: la chaîne est rompue (elle ne suit pas l’entrée %2 telle qu’écrite)</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1&#xa0;: %2 manque</translation>
    </message>
    <message>
        <source>%1: %2 was altered (SHA-256 differs)</source>
        <translation>%1&#xa0;: %2 a été modifié (SHA-256 différent)</translation>
    </message>
    <message>
        <source>%1: %2 was added after publication</source>
        <translation>%1&#xa0;: %2 a été ajouté après la publication</translation>
    </message>
    <message>
        <source>cannot create the archive folder</source>
        <translation>impossible de créer le dossier d’archive</translation>
    </message>
    <message>
        <source>cannot create the entry folder</source>
        <translation>impossible de créer le dossier de l’entrée</translation>
    </message>
    <message>
        <source>already exists; another publication is under way?</source>
        <translation>existe déjà&#xa0;; une autre publication est-elle en cours&#xa0;?</translation>
    </message>
    <message>
        <source>cannot move the new entry into place</source>
        <translation>impossible de mettre la nouvelle entrée en place</translation>
    </message>
    <message>
        <source>cannot remove the entry</source>
        <translation>impossible de supprimer l’entrée</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Changes since the last published revision</source>
        <translation>Modifications depuis la dernière version publiée</translation>
    </message>
    <message>
        <source>As decided above</source>
        <translation>Comme décidé ci-dessus</translation>
    </message>
    <message>
        <source>Ask visitors again</source>
        <translation>Redemander le consentement</translation>
    </message>
    <message>
        <source>Do not ask visitors again</source>
        <translation>Ne pas redemander le consentement</translation>
    </message>
    <message>
        <source>Why you decide otherwise (kept in the archive)</source>
        <translation>Pourquoi vous en décidez autrement (conservé dans l’archive)</translation>
    </message>
    <message>
        <source>Shown with this revision in the charter&apos;s history</source>
        <translation>Affichée avec cette version dans l’historique de la charte</translation>
    </message>
    <message>
        <source>Why publish despite the errors (kept in the archive)</source>
        <translation>Pourquoi publier malgré les erreurs (conservé dans l’archive)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Publish anyway because:</source>
        <translation>Publier quand même parce que&#xa0;:</translation>
    </message>
    <message>
        <source>Save the document first: the archive of published revisions is kept beside it.</source>
        <translation>Enregistrez d’abord le document&#xa0;: l’archive des versions publiées est conservée à côté.</translation>
    </message>
    <message>
        <source>First publication of revision %1. The archive will be created in %2.</source>
        <translation>Première publication, version %1. L’archive sera créée dans %2.</translation>
    </message>
    <message>
        <source>Changes since revision %1, published on %2:</source>
        <translation>Modifications depuis la version %1, publiée le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Visitors must be asked again for this change</source>
        <translation>Cette modification impose de redemander le consentement</translation>
    </message>
    <message>
        <source>Nothing changed since the last publication: there is nothing to publish.</source>
        <translation>Rien n’a changé depuis la dernière publication&#xa0;: il n’y a rien à publier.</translation>
    </message>
    <message>
        <source>Visitors are asked when they first come; the revision stays %1.</source>
        <translation>Les visiteurs sont sollicités à leur première visite&#xa0;; la version reste %1.</translation>
    </message>
    <message>
        <source>Visitors must be asked again (%1): the revision goes from %2 to %3.</source>
        <translation>Le consentement doit être redemandé (%1)&#xa0;: la version passe de %2 à %3.</translation>
    </message>
    <message>
        <source>Visitors need not be asked again: these changes do not widen what they agreed to. The revision stays %1.</source>
        <translation>Inutile de redemander le consentement&#xa0;: ces modifications n’étendent pas ce que les visiteurs ont accepté. La version reste %1.</translation>
    </message>
    <message>
        <source>You decide to ask again: the revision becomes %1.</source>
        <translation>Vous décidez de redemander le consentement&#xa0;: la version devient %1.</translation>
    </message>
    <message>
        <source>You decide not to ask again: the revision stays %1.</source>
        <translation>Vous décidez de ne pas redemander le consentement&#xa0;: la version reste %1.</translation>
    </message>
    <message numerus="yes">
        <source>The checker reports %n error(s), the first: %1</source>
        <translation>
            <numerusform>Le vérificateur signale %n erreur&#xa0;: %1</numerusform>
            <numerusform>Le vérificateur signale %n erreurs, dont la première&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>overriding the decision to ask visitors again needs a reason</source>
        <translation>modifier la décision de redemander le consentement demande une raison</translation>
    </message>
    <message>
        <source>this is the first publication: there is no earlier consent to ask again</source>
        <translation>c’est la première publication&#xa0;: aucun consentement antérieur à redemander</translation>
    </message>
    <message numerus="yes">
        <source>the checker reports %n error(s); correct them, or publish anyway with a reason (--force REASON)</source>
        <translation>
            <numerusform>le vérificateur signale %n erreur&#xa0;; corrigez-la, ou publiez quand même avec une raison (--force RAISON)</numerusform>
            <numerusform>le vérificateur signale %n erreurs&#xa0;; corrigez-les, ou publiez quand même avec une raison (--force RAISON)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since revision %1 was published on %2; nothing was written</source>
        <translation>rien n’a changé depuis la publication de la version %1 le %2&#xa0;; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the cookies to</source>
        <translation>Déplacer les cookies vers</translation>
    </message>
</context>
<context>
    <name>RevisionViewer</name>
    <message>
        <source>Revision %1 of %2 (read-only)</source>
        <translation>Révision %1 du %2 (lecture seule)</translation>
    </message>
    <message>
        <source>Revision %1, published on %2.</source>
        <translation>Révision %1, publiée le %2.</translation>
    </message>
    <message>
        <source>Revision %1, published on %2 by %3.</source>
        <translation>Révision %1, publiée le %2 par %3.</translation>
    </message>
    <message>
        <source>Read-only: this is the document as it was published, not the one you edit.</source>
        <translation>Lecture seule&#xa0;: c&apos;est le document tel qu&apos;il a été publié, pas celui que vous modifiez.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Catégories (%1)</translation>
    </message>
    <message>
        <source>Providers (%1)</source>
        <translation>Fournisseurs (%1)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Write this revision to a new file, to open and edit it; the archive stays as it is</source>
        <translation>Écrire cette révision dans un nouveau fichier, pour l&apos;ouvrir et la modifier&#xa0;; l&apos;archive reste telle quelle</translation>
    </message>
    <message>
        <source>This entry of the archive holds no charter page.</source>
        <translation>Cette entrée de l&apos;archive ne contient aucune page de charte.</translation>
    </message>
    <message>
        <source>This file of the archive cannot be read: %1</source>
        <translation>Ce fichier de l&apos;archive ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Refusable</source>
        <translation>Refusable</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>no (necessary)</source>
        <translation>non (nécessaire)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>La copie n&apos;a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revision %1 written to %2. Open it to edit it; the archive is unchanged.</source>
        <translation>Révision %1 écrite dans %2. Ouvrez-la pour la modifier&#xa0;; l&apos;archive n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Save a Copy of the Revision</source>
        <translation>Enregistrer une copie de la révision</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json)</source>
        <translation>Documents Charte (*.charte.json)</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan Site</source>
        <translation>Analyser le site</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>&amp;URL du site&#xa0;:</translation>
    </message>
    <message>
        <source>https://www.example.org/</source>
        <translation>https://www.example.org/</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Pages at most:</source>
        <translation>&amp;Pages au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Link &amp;depth:</source>
        <translation>P&amp;rofondeur des liens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Scan</source>
        <translation>A&amp;nnuler l’analyse</translation>
    </message>
    <message>
        <source>Open &amp;Evidence File…</source>
        <translation>&amp;Ouvrir un fichier de preuves…</translation>
    </message>
    <message>
        <source>&amp;Add to Inventory</source>
        <translation>A&amp;jouter à l’inventaire</translation>
    </message>
    <message>
        <source>Add a row for each undeclared cookie, in one step you can undo.</source>
        <translation>Ajouter une ligne par cookie non déclaré, en une seule étape annulable.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Third-Party Hosts</source>
        <translation>Hôtes tiers</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>First Seen On</source>
        <translation>Vu d’abord sur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Journal d’analyse</translation>
    </message>
    <message>
        <source>Observed cookies</source>
        <translation>Cookies observés</translation>
    </message>
    <message>
        <source>Third-party hosts</source>
        <translation>Hôtes tiers</translation>
    </message>
    <message>
        <source>Open Evidence File</source>
        <translation>Ouvrir un fichier de preuves</translation>
    </message>
    <message>
        <source>Evidence (*.har *.json);;HAR files (*.har);;Website Evidence Collector (*.json);;All files (*)</source>
        <translation>Preuves (*.har *.json);;Fichiers HAR (*.har);;Website Evidence Collector (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 lu.</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) failed (see the log)</source>
        <translation>
            <numerusform>%n URL en échec (voir le journal)</numerusform>
            <numerusform>%n URL en échec (voir le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: partial report</source>
        <translation>annulé&#xa0;: rapport partiel</translation>
    </message>
    <message>
        <source>stopped by a limit</source>
        <translation>arrêté par une limite</translation>
    </message>
    <message>
        <source>What to Scan</source>
        <translation>Que faut-il analyser</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>Chromium (a real browser)</source>
        <translation>Chromium (un vrai navigateur)</translation>
    </message>
    <message>
        <source>HTTP requests only (no script runs)</source>
        <translation>Requêtes HTTP seulement (aucun script ne s’exécute)</translation>
    </message>
    <message>
        <source>Chromium sees cookies written by scripts, web storage and third-party frames, and clicks the banner&apos;s own buttons. Without Chromium, the scan uses HTTP requests.</source>
        <translation>Chromium voit les cookies écrits par des scripts, le stockage web et les cadres tiers, et clique sur les boutons du bandeau lui-même. Sans Chromium, l’analyse utilise des requêtes HTTP.</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases&#xa0;:</translation>
    </message>
    <message>
        <source>Before any choice</source>
        <translation>Avant tout choix</translation>
    </message>
    <message>
        <source>After refusing (clicks &quot;reject all&quot;)</source>
        <translation>Après refus (clic sur «&#xa0;tout refuser&#xa0;»)</translation>
    </message>
    <message>
        <source>After accepting (clicks &quot;accept all&quot;)</source>
        <translation>Après acceptation (clic sur «&#xa0;tout accepter&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Refusal control:</source>
        <translation>Bouton de &amp;refus&#xa0;:</translation>
    </message>
    <message>
        <source>Acce&amp;ptance control:</source>
        <translation>Bouton d’acce&amp;ptation&#xa0;:</translation>
    </message>
    <message>
        <source>CSS selector; empty: known banners</source>
        <translation>sélecteur CSS&#xa0;; vide&#xa0;: bandeaux connus</translation>
    </message>
    <message>
        <source>Declared &amp;site:</source>
        <translation>&amp;Site déclaré&#xa0;:</translation>
    </message>
    <message>
        <source>the host the inventory describes</source>
        <translation>l’hôte que décrit l’inventaire</translation>
    </message>
    <message>
        <source>When you scan a staging copy, the host the inventory describes: the copy&apos;s own cookies then match the declared first-party cookies.</source>
        <translation>Quand vous analysez une copie de préproduction, l’hôte que décrit l’inventaire&#xa0;: les cookies propres à la copie correspondent alors aux cookies internes déclarés.</translation>
    </message>
    <message>
        <source>Si&amp;multaneous requests:</source>
        <translation>Requêtes si&amp;multanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout per page (s):</source>
        <translation>&amp;Délai par page (s)&#xa0;:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the report as HTML or JSON, with the screenshots beside it.</source>
        <translation>Enregistrer le rapport en HTML ou JSON, avec les captures d’écran à côté.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Web Storage</source>
        <translation>Stockage web</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Captures d’écran</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Written By</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine web</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Avancement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Phase shown</source>
        <translation>Phase affichée</translation>
    </message>
    <message>
        <source>Web storage keys</source>
        <translation>Clés du stockage web</translation>
    </message>
    <message>
        <source>No scan yet. Charte visits the site as a new visitor would, refuses, then accepts, and compares what is stored with the inventory.</source>
        <translation>Aucune analyse pour l’instant. Charte visite le site comme un nouveau visiteur, refuse, puis accepte, et compare ce qui est stocké avec l’inventaire.</translation>
    </message>
    <message>
        <source>%1. Scanning with HTTP requests instead: no script runs and no consent phase can be tested.</source>
        <translation>%1. Analyse par requêtes HTTP à la place&#xa0;: aucun script ne s’exécute et aucune phase de consentement ne peut être testée.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>%1 of %2 page(s)</source>
        <translation>%1 sur %2 page(s)</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>requêtes HTTP</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>fichier de preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) observed</source>
        <translation>
            <numerusform>%n cookie observé</numerusform>
            <numerusform>%n cookies observés</numerusform>
        </translation>
    </message>
    <message>
        <source>no Chromium: only the visit before any choice was scanned</source>
        <translation>pas de Chromium&#xa0;: seule la visite avant tout choix a été analysée</translation>
    </message>
    <message>
        <source>HTTP header</source>
        <translation>En-tête HTTP</translation>
    </message>
    <message>
        <source>A script</source>
        <translation>Un script</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>Web Storage (%1)</source>
        <translation>Stockage web (%1)</translation>
    </message>
    <message>
        <source>Third-Party Hosts (%1)</source>
        <translation>Hôtes tiers (%1)</translation>
    </message>
    <message>
        <source>Screenshots (%1)</source>
        <translation>Captures d’écran (%1)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not run: no Chromium</source>
        <translation>Non exécutée&#xa0;: pas de Chromium</translation>
    </message>
    <message>
        <source>Refusal control not found</source>
        <translation>Bouton de refus introuvable</translation>
    </message>
    <message>
        <source>Acceptance control not found</source>
        <translation>Bouton d’acceptation introuvable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Start page not loaded</source>
        <translation>Page de départ non chargée</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Scan Report</source>
        <translation>Enregistrer le rapport d’analyse</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>Rapport HTML (*.html);;Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>the open document</source>
        <translation>le document ouvert</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Scan failed: %1 could not be loaded, so nothing was observed (see the log).</source>
        <translation>Échec de l’analyse&#xa0;: %1 n’a pas pu être chargée, rien n’a donc été observé (voir le journal).</translation>
    </message>
    <message>
        <source>Left empty, it is %1, the document&apos;s site.</source>
        <translation>Laissé vide, c’est %1, le site du document.</translation>
    </message>
</context>
<context>
    <name>ScanHtmlReport</name>
    <message>
        <source>No finding in this phase.</source>
        <translation>Aucun constat dans cette phase.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>No cookie.</source>
        <translation>Aucun cookie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>First seen on</source>
        <translation>Vu d’abord sur</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>HTTP header</source>
        <translation>en-tête HTTP</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>Storage keys (%1)</source>
        <translation>Clés de stockage (%1)</translation>
    </message>
    <message>
        <source>No storage key.</source>
        <translation>Aucune clé de stockage.</translation>
    </message>
    <message>
        <source>Not observed: this engine runs no script.</source>
        <translation>Non observé&#xa0;: ce moteur n’exécute aucun script.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine web</translation>
    </message>
    <message>
        <source>Value length</source>
        <translation>Longueur de la valeur</translation>
    </message>
    <message>
        <source>Third-party hosts contacted (%1)</source>
        <translation>Hôtes tiers contactés (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>The pages were visited without touching anything.</source>
        <translation>Les pages ont été visitées sans rien toucher.</translation>
    </message>
    <message>
        <source>In a fresh browser profile, the site&apos;s refusal control was clicked: </source>
        <translation>Dans un profil de navigateur neuf, le bouton de refus du site a été cliqué&#xa0;: </translation>
    </message>
    <message>
        <source>In a fresh browser profile, the site&apos;s acceptance control was clicked: </source>
        <translation>Dans un profil de navigateur neuf, le bouton d’acceptation du site a été cliqué&#xa0;: </translation>
    </message>
    <message>
        <source>No refusal control was found: this phase could not test the refusal.</source>
        <translation>Aucun bouton de refus n’a été trouvé&#xa0;: cette phase n’a pas pu tester le refus.</translation>
    </message>
    <message>
        <source>No acceptance control was found: this phase could not test the acceptance.</source>
        <translation>Aucun bouton d’acceptation n’a été trouvé&#xa0;: cette phase n’a pas pu tester l’acceptation.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cookie scan of %1</source>
        <translation>Analyse des cookies de %1</translation>
    </message>
    <message>
        <source>Scanned on</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Chromium, a real browser</source>
        <translation>Chromium, un vrai navigateur</translation>
    </message>
    <message>
        <source>HTTP requests only (no script runs)</source>
        <translation>Requêtes HTTP seulement (aucun script ne s’exécute)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé avec</translation>
    </message>
    <message>
        <source>Declared site</source>
        <translation>Site déclaré</translation>
    </message>
    <message>
        <source>No policy was given: what the site does was not compared with an inventory.</source>
        <translation>Aucune politique fournie&#xa0;: ce que fait le site n’a pas été comparé à un inventaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Pages that failed (%1)</source>
        <translation>Pages en échec (%1)</translation>
    </message>
    <message>
        <source>In no phase</source>
        <translation>Dans aucune phase</translation>
    </message>
    <message>
        <source>Written by Charte. Cookie values are never recorded, only their length.</source>
        <translation>Écrit par Charte. Les valeurs des cookies ne sont jamais enregistrées, seulement leur longueur.</translation>
    </message>
</context>
<context>
    <name>ScanReportFiles</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1&#xa0;: pas un dossier</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>ScanReportWriter</name>
    <message>
        <source>session</source>
        <comment>cookie lifetime</comment>
        <translation>session</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cookie lifetime</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Analyse de %1</translation>
    </message>
    <message>
        <source>%1 page(s) crawled, %2 request(s), %3 link(s) with other schemes skipped</source>
        <translation>%1 page(s) explorée(s), %2 requête(s), %3 lien(s) vers d’autres schémas ignoré(s)</translation>
    </message>
    <message>
        <source>A limit (pages, depth, requests or time) stopped the crawl early.</source>
        <translation>Une limite (pages, profondeur, requêtes ou durée) a arrêté l’exploration avant la fin.</translation>
    </message>
    <message>
        <source>The scan was cancelled: the report is partial.</source>
        <translation>L’analyse a été annulée&#xa0;: le rapport est partiel.</translation>
    </message>
    <message>
        <source>Cookies set before any choice (%1)</source>
        <translation>Cookies déposés avant tout choix (%1)</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>first seen on %1</source>
        <translation>vu d’abord sur %1</translation>
    </message>
    <message>
        <source>Third-party hosts contacted (%1)</source>
        <translation>Hôtes tiers contactés (%1)</translation>
    </message>
    <message>
        <source>Set-Cookie headers a browser would refuse (%1)</source>
        <translation>En-têtes Set-Cookie qu’un navigateur refuserait (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>No policy given (--policy FILE): observed cookies were not compared with an inventory.</source>
        <translation>Aucun document indiqué (--policy FICHIER)&#xa0;: les cookies observés n’ont pas été comparés à un inventaire.</translation>
    </message>
    <message>
        <source>Findings against %1</source>
        <translation>Constats par rapport à %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 remarque(s)</translation>
    </message>
    <message>
        <source>Before any choice</source>
        <translation>Avant tout choix</translation>
    </message>
    <message>
        <source>After refusing</source>
        <translation>Après refus</translation>
    </message>
    <message>
        <source>After accepting</source>
        <translation>Après acceptation</translation>
    </message>
    <message>
        <source>Whole scan</source>
        <translation>Toute l’analyse</translation>
    </message>
    <message>
        <source>Refusal control clicked: %1</source>
        <translation>Bouton de refus cliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acceptance control clicked: %1</source>
        <translation>Bouton d’acceptation cliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No refusal control found: this phase is a visit without any choice.</source>
        <translation>Aucun bouton de refus trouvé&#xa0;: cette phase est une visite sans aucun choix.</translation>
    </message>
    <message>
        <source>No acceptance control found: this phase is a visit without any choice.</source>
        <translation>Aucun bouton d’acceptation trouvé&#xa0;: cette phase est une visite sans aucun choix.</translation>
    </message>
    <message>
        <source>Engine: Chromium (a real browser)</source>
        <translation>Moteur&#xa0;: Chromium (un vrai navigateur)</translation>
    </message>
    <message>
        <source>Engine: HTTP (no scripts run: cookies written by JavaScript are not seen)</source>
        <translation>Moteur&#xa0;: HTTP (aucun script ne s’exécute&#xa0;: les cookies écrits en JavaScript ne sont pas vus)</translation>
    </message>
    <message>
        <source>Cookies in the browser (%1)</source>
        <translation>Cookies dans le navigateur (%1)</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>écrit par %1</translation>
    </message>
    <message>
        <source>Storage keys (%1)</source>
        <translation>Clés de stockage (%1)</translation>
    </message>
</context>
<context>
    <name>ScanRules</name>
    <message>
        <source>Cookie &quot;%1&quot; (%2) is set by the site but is not declared in the inventory.</source>
        <translation>Le cookie «&#xa0;%1&#xa0;» (%2) est déposé par le site mais n’est pas déclaré dans l’inventaire.</translation>
    </message>
    <message>
        <source>Declared cookie &quot;%1&quot; was never seen.</source>
        <translation>Le cookie déclaré «&#xa0;%1&#xa0;» n’a jamais été observé.</translation>
    </message>
    <message>
        <source>Cookie &quot;%1&quot; lives %2, longer than the declared %3.</source>
        <translation>Le cookie «&#xa0;%1&#xa0;» dure %2, plus que les %3 déclarés.</translation>
    </message>
    <message>
        <source>Cookie &quot;%1&quot; (%2) is set before any choice, but it needs consent.</source>
        <translation>Le cookie «&#xa0;%1&#xa0;» (%2) est déposé avant tout choix, alors qu’il requiert le consentement.</translation>
    </message>
    <message>
        <source>Cookie &quot;%1&quot; (%2) is set before any choice and is not declared as exempt.</source>
        <translation>Le cookie «&#xa0;%1&#xa0;» (%2) est déposé avant tout choix et n’est pas déclaré exempté.</translation>
    </message>
    <message>
        <source>The site contacts %1, a host of cookies that need consent, before any choice.</source>
        <translation>Le site contacte %1, hôte de cookies soumis au consentement, avant tout choix.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Cookie &quot;%1&quot; (%2) is still set after the visitor refused, but it needs consent: the refusal is not honoured.</source>
        <translation>Le cookie « %1 » (%2) est encore déposé après le refus du visiteur, alors qu&apos;il requiert le consentement : le refus n&apos;est pas respecté.</translation>
    </message>
    <message>
        <source>Cookie &quot;%1&quot; (%2) is set after the visitor refused and is not declared as exempt: the refusal is not honoured.</source>
        <translation>Le cookie « %1 » (%2) est déposé après le refus du visiteur et n&apos;est pas déclaré exempté : le refus n&apos;est pas respecté.</translation>
    </message>
    <message>
        <source>The site contacts %1, a host of cookies that need consent, after the visitor refused.</source>
        <translation>Le site contacte %1, hôte de cookies soumis au consentement, après le refus du visiteur.</translation>
    </message>
    <message>
        <source>%2 key &quot;%1&quot; (%3) is written by the site but is not declared in the inventory.</source>
        <translation>La clé %2 « %1 » (%3) est écrite par le site mais n&apos;est pas déclarée dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>%2 key &quot;%1&quot; (%3) is written before any choice, but it needs consent.</source>
        <translation>La clé %2 « %1 » (%3) est écrite avant tout choix, alors qu&apos;elle requiert le consentement.</translation>
    </message>
    <message>
        <source>%2 key &quot;%1&quot; (%3) is written before any choice and is not declared as exempt.</source>
        <translation>La clé %2 « %1 » (%3) est écrite avant tout choix et n&apos;est pas déclarée exemptée.</translation>
    </message>
    <message>
        <source>%2 key &quot;%1&quot; (%3) is still written after the visitor refused, but it needs consent: the refusal is not honoured.</source>
        <translation>La clé %2 « %1 » (%3) est encore écrite après le refus du visiteur, alors qu&apos;elle requiert le consentement : le refus n&apos;est pas respecté.</translation>
    </message>
    <message>
        <source>%2 key &quot;%1&quot; (%3) is written after the visitor refused and is not declared as exempt: the refusal is not honoured.</source>
        <translation>La clé %2 « %1 » (%3) est écrite après le refus du visiteur et n&apos;est pas déclarée exemptée : le refus n&apos;est pas respecté.</translation>
    </message>
    <message>
        <source>The banner&apos;s first layer offers an acceptance control (%1) but no refusal control: refusing must be as easy as accepting.</source>
        <translation>Le premier niveau du bandeau propose un bouton d&apos;acceptation (%1) mais aucun moyen de refuser : refuser doit être aussi simple qu&apos;accepter.</translation>
    </message>
    <message>
        <source>No refusal control was found on %1: the refusal could not be tested, so this phase shows a visit without any choice.</source>
        <translation>Aucun bouton de refus n&apos;a été trouvé sur %1 : le refus n&apos;a pas pu être testé, cette phase montre donc une visite sans aucun choix.</translation>
    </message>
    <message>
        <source>No acceptance control was found on %1: the acceptance could not be tested, so this phase shows a visit without any choice.</source>
        <translation>Aucun bouton d&apos;acceptation n&apos;a été trouvé sur %1 : l&apos;acceptation n&apos;a pas pu être testée, cette phase montre donc une visite sans aucun choix.</translation>
    </message>
    <message>
        <source>The start page %1 could not be loaded in this phase: nothing it would have shown was checked.</source>
        <translation>La page de départ %1 n&apos;a pas pu être chargée dans cette phase : rien de ce qu&apos;elle aurait montré n&apos;a été vérifié.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Write the section&apos;s text here.</source>
        <translation>Rédigez ici le texte de la section.</translation>
    </message>
    <message>
        <source>Not translated yet. In %1: %2</source>
        <translation>Pas encore traduit. En %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Text and cookie tables of all categories</source>
        <translation>Texte et tableaux des cookies de toutes les catégories</translation>
    </message>
    <message>
        <source>Text and cookie table: %1</source>
        <translation>Texte et tableau des cookies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cookie table of unknown category %1</source>
        <translation>Tableau des cookies de la catégorie inconnue %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>&amp;Affiche&#xa0;:</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>What the section shows</source>
        <translation>Ce qu’affiche la section</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>The cookie table comes after this text, built from the inventory.</source>
        <translation>Le tableau des cookies suit ce texte&#xa0;; il est construit à partir de l’inventaire.</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Gras (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italique (%1)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Make the selection a link (%1)</source>
        <translation>Transformer la sélection en lien (%1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…); empty removes the link:</source>
        <translation>Adresse (https://… ou mailto:…)&#xa0;; vide, le lien est supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the letter on the Bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the letter on the Italic button</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>Text section</source>
        <translation>Section de texte</translation>
    </message>
    <message>
        <source>Shows the cookie tables of all categories</source>
        <translation>Affiche les tableaux des cookies de toutes les catégories</translation>
    </message>
    <message>
        <source>Shows the cookie table of the category &quot;%1&quot;</source>
        <translation>Affiche le tableau des cookies de la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetCookieParser</name>
    <message>
        <source>control character in the header</source>
        <translation>caractère de contrôle dans l’en-tête</translation>
    </message>
    <message>
        <source>no &apos;=&apos; between cookie name and value</source>
        <translation>pas de «&#xa0;=&#xa0;» entre le nom et la valeur du cookie</translation>
    </message>
    <message>
        <source>empty cookie name and value</source>
        <translation>nom et valeur du cookie vides</translation>
    </message>
    <message>
        <source>empty cookie name</source>
        <translation>nom de cookie vide</translation>
    </message>
    <message>
        <source>name and value longer than 4096 bytes</source>
        <translation>nom et valeur de plus de 4096 octets</translation>
    </message>
    <message>
        <source>Domain=%1 does not cover the host %2</source>
        <translation>Domain=%1 ne couvre pas l’hôte %2</translation>
    </message>
    <message>
        <source>Secure cookie set from an insecure origin</source>
        <translation>cookie Secure déposé depuis une origine non sécurisée</translation>
    </message>
    <message>
        <source>SameSite=None without Secure</source>
        <translation>SameSite=None sans Secure</translation>
    </message>
    <message>
        <source>__Secure- prefix without Secure from a secure origin</source>
        <translation>préfixe __Secure- sans Secure depuis une origine sécurisée</translation>
    </message>
    <message>
        <source>__Host- prefix needs Secure, Path=/ and no Domain</source>
        <translation>le préfixe __Host- exige Secure, Path=/ et aucun Domain</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message numerus="yes">
        <source>Time limit of %n second(s) reached: stopping.</source>
        <translation>
            <numerusform>Limite de temps de %n seconde atteinte&#xa0;: arrêt.</numerusform>
            <numerusform>Limite de temps de %n secondes atteinte&#xa0;: arrêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an http or https URL: not scanned</source>
        <translation>pas une URL http ou https&#xa0;: non analysée</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 (at most %n page(s)).</source>
        <translation>
            <numerusform>Analyse de %1 (%n page au maximum).</numerusform>
            <numerusform>Analyse de %1 (%n pages au maximum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Page limit of %n page(s) reached: further links are not followed.</source>
        <translation>
            <numerusform>Limite de %n page atteinte&#xa0;: les liens suivants ne sont pas suivis.</numerusform>
            <numerusform>Limite de %n pages atteinte&#xa0;: les liens suivants ne sont pas suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error on %1: %2</source>
        <translation>Erreur TLS sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cookie refused on %1: %2 (%3)</source>
        <translation>Cookie refusé sur %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Cookie %1 (%2) set by %3</source>
        <translation>Cookie %1 (%2) déposé par %3</translation>
    </message>
    <message>
        <source>Error on %1: %2</source>
        <translation>Erreur sur %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s): stopped</source>
        <translation>
            <numerusform>pas de réponse complète en %n seconde&#xa0;: arrêt</numerusform>
            <numerusform>pas de réponse complète en %n secondes&#xa0;: arrêt</numerusform>
        </translation>
    </message>
    <message>
        <source>response larger than %1: stopped</source>
        <translation>réponse de plus de %1&#xa0;: arrêt</translation>
    </message>
    <message>
        <source>redirect to a non-http(s) URL (%1) not followed</source>
        <translation>redirection vers une URL non http(s) (%1) non suivie</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped</source>
        <translation>
            <numerusform>plus de %n redirection&#xa0;: arrêt</numerusform>
            <numerusform>plus de %n redirections&#xa0;: arrêt</numerusform>
        </translation>
    </message>
    <message>
        <source>Redirect %1 → %2</source>
        <translation>Redirection %1 → %2</translation>
    </message>
    <message>
        <source>The site is now %1.</source>
        <translation>Le site est désormais %1.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Done: %1 page(s), %2 request(s), %3 cookie(s), %4 third-party host(s), %5 error(s).</source>
        <translation>Terminé&#xa0;: %1 page(s), %2 requête(s), %3 cookie(s), %4 hôte(s) tiers, %5 erreur(s).</translation>
    </message>
    <message>
        <source>nested %1 levels deep, more than the %2 Charte reads; page skipped</source>
        <translation>imbriquée sur %1 niveaux, plus que les %2 que Charte lit&#xa0;; page ignorée</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Document closed</source>
        <translation>Document fermé</translation>
    </message>
    <message>
        <source>New document from the template &quot;%1&quot;</source>
        <translation>Nouveau document d’après le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The last document could not be reopened: %1</source>
        <translation>Le dernier document n’a pas pu être rouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Document at Start</source>
        <translation>&amp;Rouvrir le dernier document au démarrage</translation>
    </message>
    <message>
        <source>When Charte starts without a file, open the document that was open when it was closed</source>
        <translation>Quand Charte démarre sans fichier, ouvrir le document qui était ouvert à sa fermeture</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>Aucun document ouvert</translation>
    </message>
    <message>
        <source>Charte keeps a site&apos;s cookie charter and consent banner in one document, and checks them against the rules. Open a document or start a new one.</source>
        <translation>Charte réunit la charte cookies et le bandeau de consentement d’un site dans un seul document, et les vérifie au regard des règles. Ouvrez un document ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>&amp;Documents récents</translation>
    </message>
    <message>
        <source>No recent document. Documents you open or save appear here.</source>
        <translation>Aucun document récent. Les documents que vous ouvrez ou enregistrez apparaissent ici.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nouveau d’après un modèle</translation>
    </message>
    <message>
        <source>Open-data platform</source>
        <translation>Plateforme de données ouvertes</translation>
    </message>
    <message>
        <source>The default charter: a portal run on Opendatasoft, with its necessary and audience-measurement cookies.</source>
        <translation>La charte par défaut&#xa0;: un portail sur Opendatasoft, avec ses cookies nécessaires et de mesure d’audience.</translation>
    </message>
    <message>
        <source>Town website</source>
        <translation>Site d’une commune</translation>
    </message>
    <message>
        <source>A town&apos;s site with audience measurement (Matomo) and embedded YouTube videos.</source>
        <translation>Le site d’une commune, avec mesure d’audience (Matomo) et vidéos YouTube intégrées.</translation>
    </message>
    <message>
        <source>Reopen the last document when Charte starts</source>
        <translation>Rouvrir le dernier document au démarrage de Charte</translation>
    </message>
</context>
<context>
    <name>TarteaucitronExporter</name>
    <message>
        <source>tarteaucitron has eight service groups; these categories share the group of another: %1</source>
        <translation>tarteaucitron a huit groupes de services&#xa0;; ces catégories partagent le groupe d’une autre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: tarteaucitron&apos;s services are JavaScript; write a .js file</source>
        <translation>%1&#xa0;: les services de tarteaucitron sont en JavaScript&#xa0;; écrivez un fichier .js</translation>
    </message>
    <message>
        <source>tarteaucitron honours consent lifetimes below 365 days only; it keeps the choice 365 days, not %1</source>
        <translation>tarteaucitron ne respecte que les durées de conservation du consentement inférieures à 365 jours&#xa0;; il conserve le choix 365 jours, et non %1</translation>
    </message>
    <message>
        <source>tarteaucitron has one &quot;mandatory cookies&quot; block: it shows the first required category&apos;s texts only</source>
        <translation>tarteaucitron a un seul bloc «&#xa0;cookies obligatoires&#xa0;»&#xa0;: il n’affiche que les textes de la première catégorie obligatoire</translation>
    </message>
    <message>
        <source>no cookie needs consent: tarteaucitron shows no banner</source>
        <translation>aucun cookie ne requiert le consentement&#xa0;: tarteaucitron n’affiche pas de bandeau</translation>
    </message>
    <message>
        <source>tarteaucitron shows no cookie table with purposes and lifetimes; cookies of required categories are not listed</source>
        <translation>tarteaucitron n’affiche pas de tableau des cookies avec finalités et durées de conservation&#xa0;; les cookies des catégories obligatoires ne sont pas listés</translation>
    </message>
    <message>
        <source>tarteaucitron has no interface strings for: %1</source>
        <translation>tarteaucitron n’a pas de textes d’interface pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>tarteaucitron updates Google Consent Mode only for its own Google services, not for the services of this export</source>
        <translation>tarteaucitron ne met à jour Google Consent Mode que pour ses propres services Google, pas pour les services de cet export</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLibraries</name>
    <message>
        <source>windows, text layout, PDF, networking</source>
        <translation>fenêtres, mise en page du texte, PDF, réseau</translation>
    </message>
    <message>
        <source>CommonMark in charter sections</source>
        <translation>CommonMark dans les sections de la charte</translation>
    </message>
    <message>
        <source>HTML parsing for the scanner and charter import</source>
        <translation>lecture du HTML pour l’analyse et l’import de chartes</translation>
    </message>
    <message>
        <source>reading documents</source>
        <translation>lecture des documents</translation>
    </message>
    <message>
        <source>registrable domains of scanned cookies</source>
        <translation>domaines enregistrables des cookies observés</translation>
    </message>
    <message>
        <source>the data libpsl reads</source>
        <translation>les données que lit libpsl</translation>
    </message>
    <message>
        <source>country names in the interface language</source>
        <translation>noms des pays dans la langue de l’interface</translation>
    </message>
</context>
<context>
    <name>TranslationModel</name>
    <message>
        <source>Banner · title</source>
        <translation>Bandeau · titre</translation>
    </message>
    <message>
        <source>Banner · description</source>
        <translation>Bandeau · description</translation>
    </message>
    <message>
        <source>Banner · accept all</source>
        <translation>Bandeau · tout accepter</translation>
    </message>
    <message>
        <source>Banner · reject all</source>
        <translation>Bandeau · tout refuser</translation>
    </message>
    <message>
        <source>Banner · customise</source>
        <translation>Bandeau · personnaliser</translation>
    </message>
    <message>
        <source>Banner · save choices</source>
        <translation>Bandeau · enregistrer les choix</translation>
    </message>
    <message>
        <source>Banner · manage cookies link</source>
        <translation>Bandeau · lien «&#xa0;Gérer les cookies&#xa0;»</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; · title</source>
        <translation>Section «&#xa0;%1&#xa0;» · titre</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; · text</source>
        <translation>Section «&#xa0;%1&#xa0;» · texte</translation>
    </message>
    <message>
        <source>Category %1 · name</source>
        <translation>Catégorie %1 · nom</translation>
    </message>
    <message>
        <source>Category %1 · description</source>
        <translation>Catégorie %1 · description</translation>
    </message>
    <message>
        <source>Cookie %1 · service</source>
        <translation>Cookie %1 · service</translation>
    </message>
    <message>
        <source>Cookie %1 · purpose</source>
        <translation>Cookie %1 · finalité</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Not translated into %1 yet</source>
        <translation>Pas encore traduit en %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Traduction (%1)</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choisissez deux langues différentes.</translation>
    </message>
    <message numerus="yes">
        <source>All %n text(s) are translated.</source>
        <translation>
            <numerusform>Tout est traduit (%n texte).</numerusform>
            <numerusform>Tout est traduit (%n textes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) not translated yet.</source>
        <translation>
            <numerusform>Pas encore traduits&#xa0;: %1 sur %n texte.</numerusform>
            <numerusform>Pas encore traduits&#xa0;: %1 sur %n textes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Only &amp;missing</source>
        <translation>&amp;Manquants seulement</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Textes et leurs traductions</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add provider %1</source>
        <translation>Ajouter le fournisseur %1</translation>
    </message>
    <message>
        <source>Change provider %1</source>
        <translation>Modifier le fournisseur %1</translation>
    </message>
    <message>
        <source>Remove provider %1</source>
        <translation>Supprimer le fournisseur %1</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Ajouter la catégorie %1</translation>
    </message>
    <message>
        <source>Change category %1</source>
        <translation>Modifier la catégorie %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Supprimer la catégorie %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>Remove section &quot;%1&quot;</source>
        <translation>Supprimer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move section &quot;%1&quot;</source>
        <translation>Déplacer la section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Edit section text</source>
        <translation>Modifier le texte de la section</translation>
    </message>
    <message>
        <source>Make the section plain text</source>
        <translation>Faire de la section un simple texte</translation>
    </message>
    <message>
        <source>Show the cookie table in the section</source>
        <translation>Afficher le tableau des cookies dans la section</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Supprimer la langue %1</translation>
    </message>
    <message>
        <source>Make %1 the default language</source>
        <translation>Faire de %1 la langue par défaut</translation>
    </message>
    <message>
        <source>Edit banner text</source>
        <translation>Modifier le texte du bandeau</translation>
    </message>
    <message>
        <source>Edit the service of cookie %1</source>
        <translation>Modifier le service du cookie %1</translation>
    </message>
    <message>
        <source>Edit the purpose of cookie %1</source>
        <translation>Modifier la finalité du cookie %1</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Modifier la catégorie %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>service and location</source>
        <translation>le service et l’emplacement</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>la finalité</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>la durée de conservation</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>le domaine</translation>
    </message>
    <message>
        <source>party</source>
        <translation>l’origine</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>le stockage</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>la base légale</translation>
    </message>
    <message>
        <source>unnamed cookie</source>
        <translation>cookie sans nom</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Add cookie %1</source>
        <translation>Ajouter le cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n cookies</source>
        <translation>
            <numerusform>Ajouter %n cookie</numerusform>
            <numerusform>Ajouter %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate cookie %1</source>
        <translation>Dupliquer le cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cookies</source>
        <translation>
            <numerusform>Dupliquer %n cookie</numerusform>
            <numerusform>Dupliquer %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cookie %1</source>
        <translation>Supprimer le cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cookies</source>
        <translation>
            <numerusform>Supprimer %n cookie</numerusform>
            <numerusform>Supprimer %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cookie %1</source>
        <translation>Déplacer le cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cookies</source>
        <translation>
            <numerusform>Déplacer %n cookie</numerusform>
            <numerusform>Déplacer %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cookies</source>
        <translation>
            <numerusform>Importer %n cookie</numerusform>
            <numerusform>Importer %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n observed cookie(s)</source>
        <translation>
            <numerusform>Ajouter %n cookie observé</numerusform>
            <numerusform>Ajouter %n cookies observés</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the charter as updated</source>
        <translation>Marquer la charte comme mise à jour</translation>
    </message>
    <message>
        <source>New provider %1</source>
        <translation>Nouveau fournisseur %1</translation>
    </message>
    <message>
        <source>Change banner layout</source>
        <translation>Modifier la disposition du bandeau</translation>
    </message>
    <message>
        <source>Change banner position</source>
        <translation>Modifier la position du bandeau</translation>
    </message>
    <message>
        <source>Edit consent cookie name</source>
        <translation>Modifier le nom du cookie de consentement</translation>
    </message>
    <message>
        <source>Change consent lifetime</source>
        <translation>Modifier la durée de conservation du consentement</translation>
    </message>
    <message>
        <source>Edit consent log address</source>
        <translation>Modifier l’adresse du journal des consentements</translation>
    </message>
    <message>
        <source>Change policy revision</source>
        <translation>Modifier la révision de la charte</translation>
    </message>
    <message>
        <source>Change Global Privacy Control handling</source>
        <translation>Modifier la prise en compte de Global Privacy Control</translation>
    </message>
    <message>
        <source>Change Google Consent Mode</source>
        <translation>Modifier Google Consent Mode</translation>
    </message>
    <message>
        <source>Change banner colour</source>
        <translation>Modifier la couleur du bandeau</translation>
    </message>
    <message>
        <source>Import the charter page</source>
        <translation>Importer la page de charte</translation>
    </message>
    <message>
        <source>Edit site name</source>
        <translation>Modifier le nom du site</translation>
    </message>
    <message>
        <source>Edit site address</source>
        <translation>Modifier l’adresse du site</translation>
    </message>
    <message>
        <source>Edit publisher</source>
        <translation>Modifier l’éditeur</translation>
    </message>
    <message>
        <source>Edit publisher&apos;s address</source>
        <translation>Modifier l’adresse de l’éditeur</translation>
    </message>
    <message>
        <source>Edit DPO contact</source>
        <translation>Modifier le contact du DPO</translation>
    </message>
    <message>
        <source>Change the last-updated date</source>
        <translation>Modifier la date de dernière mise à jour</translation>
    </message>
    <message>
        <source>Change the revision</source>
        <translation>Modifier la révision</translation>
    </message>
    <message>
        <source>Fill %1 from the known-cookie database</source>
        <translation>Compléter %1 depuis la base de cookies connus</translation>
    </message>
    <message>
        <source>Clear cells of cookie %1</source>
        <translation>Vider des cellules du cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear cells of %n cookies</source>
        <translation>
            <numerusform>Vider des cellules de %n cookie</numerusform>
            <numerusform>Vider des cellules de %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nouvelle catégorie %1</translation>
    </message>
    <message>
        <source>Publish revision %1</source>
        <translation>Publier la révision %1</translation>
    </message>
    <message>
        <source>Import %1 (%2)</source>
        <translation>Importer %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>The user guide is missing from this build (%1).</source>
        <translation>Le guide d’utilisation manque à cette compilation (%1).</translation>
    </message>
    <message>
        <source>Charte User Guide</source>
        <translation>Guide d’utilisation de Charte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>expected at most one FILE to open</source>
        <translation>un seul FICHIER à ouvrir au plus</translation>
    </message>
</context>
</TS>
