<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Charte</source>
        <translation>About Charte</translation>
    </message>
    <message>
        <source>Cookie charter and consent banner editor, with a compliance checker and a site scanner.</source>
        <translation>Cookie charter and consent banner editor, with a compliance checker and a site scanner.</translation>
    </message>
    <message>
        <source>Charte is free software under the Apache License, version 2.0 (SPDX: Apache-2.0).</source>
        <translation>Charte is free software under the Apache License, version 2.0 (SPDX: Apache-2.0).</translation>
    </message>
    <message>
        <source>&amp;Libraries used:</source>
        <translation>&amp;Libraries used:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
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
        <translation>Used for</translation>
    </message>
    <message>
        <source>(as installed)</source>
        <translation>(as installed)</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: cannot create the recovery folder</translation>
    </message>
</context>
<context>
    <name>BannerExporter</name>
    <message>
        <source>banner.consentCookieName "%1" is not a valid cookie name; the bundle uses "%2"</source>
        <translation>banner.consentCookieName "%1" is not a valid cookie name; the bundle uses "%2"</translation>
    </message>
    <message>
        <source>:/banner/charte-consent.js: the configuration marker is missing</source>
        <translation>:/banner/charte-consent.js: the configuration marker is missing</translation>
    </message>
    <message>
        <source>banner.consentLogUrl "%1" is not an http(s) address or a path on the site; choices are not logged</source>
        <translation>banner.consentLogUrl "%1" is not an http(s) address or a path on the site; choices are not logged</translation>
    </message>
    <message>
        <source>no cookie of an optional category needs consent, so the banner would ask Accept/Reject about nothing: such a site needs no consent banner. To publish only the "manage cookies" entry point (the preferences listing the cookies), export with --manage-only, or tick the export dialog's "manage cookies" option</source>
        <translation>no cookie of an optional category needs consent, so the banner would ask Accept/Reject about nothing: such a site needs no consent banner. To publish only the "manage cookies" entry point (the preferences listing the cookies), export with --manage-only, or tick the export dialog's "manage cookies" option</translation>
    </message>
    <message>
        <source>no cookie needs consent: the bundle shows no banner, only the preferences that the "manage cookies" entry point (data-charte-consent="open") opens</source>
        <translation>no cookie needs consent: the bundle shows no banner, only the preferences that the "manage cookies" entry point (data-charte-consent="open") opens</translation>
    </message>
    <message>
        <source>--manage-only is ignored: some cookies need consent, so the banner asks</source>
        <translation>--manage-only is ignored: some cookies need consent, so the banner asks</translation>
    </message>
</context>
<context>
    <name>BannerPage</name>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>The banner could not be written: %1</source>
        <translation>The banner could not be written: %1</translation>
    </message>
    <message>
        <source>No browser could be started. The demo page is %1</source>
        <translation>No browser could be started. The demo page is %1</translation>
    </message>
    <message>
        <source>Texts in &amp;language:</source>
        <translation>Texts in &amp;language:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Accept all:</source>
        <translation>&amp;Accept all:</translation>
    </message>
    <message>
        <source>&amp;Reject all:</source>
        <translation>&amp;Reject all:</translation>
    </message>
    <message>
        <source>C&amp;ustomise:</source>
        <translation>C&amp;ustomise:</translation>
    </message>
    <message>
        <source>&amp;Save choices:</source>
        <translation>&amp;Save choices:</translation>
    </message>
    <message>
        <source>&amp;Manage cookies link:</source>
        <translation>&amp;Manage cookies link:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Bar across the page</source>
        <translation>Bar across the page</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Centred modal</source>
        <translation>Centred modal</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Bac&amp;kground:</source>
        <translation>Bac&amp;kground:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Buttons:</source>
        <translation>&amp;Buttons:</translation>
    </message>
    <message>
        <source>Butto&amp;n text:</source>
        <translation>Butto&amp;n text:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
    <message>
        <source>Consent &amp;cookie name:</source>
        <translation>Consent &amp;cookie name:</translation>
    </message>
    <message>
        <source>Consent kept &amp;for:</source>
        <translation>Consent kept &amp;for:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>How long a visitor's choice, consent or refusal, is kept before asking again. The CNIL recommends six months (182 days).</source>
        <translation>How long a visitor's choice, consent or refusal, is kept before asking again. The CNIL recommends six months (182 days).</translation>
    </message>
    <message>
        <source>Policy re&amp;vision:</source>
        <translation>Policy re&amp;vision:</translation>
    </message>
    <message>
        <source>Raising the revision asks every visitor again.</source>
        <translation>Raising the revision asks every visitor again.</translation>
    </message>
    <message>
        <source>Honour &amp;Global Privacy Control</source>
        <translation>Honour &amp;Global Privacy Control</translation>
    </message>
    <message>
        <source>When the visitor's browser sends the GPC signal, advertising categories stay refused unless the visitor switches them on, and the banner says so.</source>
        <translation>When the visitor's browser sends the GPC signal, advertising categories stay refused unless the visitor switches them on, and the banner says so.</translation>
    </message>
    <message>
        <source>Send Google Consent Mode v&amp;2 signals</source>
        <translation>Send Google Consent Mode v&amp;2 signals</translation>
    </message>
    <message>
        <source>Everything denied by default before any tag, then updated with each choice from the categories' signals.</source>
        <translation>Everything denied by default before any tag, then updated with each choice from the categories' signals.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Open in browser</translation>
    </message>
    <message>
        <source>Writes the banner and a demo page to a temporary folder and opens it</source>
        <translation>Writes the banner and a demo page to a temporary folder and opens it</translation>
    </message>
    <message>
        <source>Consent log addr&amp;ess:</source>
        <translation>Consent log addr&amp;ess:</translation>
    </message>
    <message>
        <source>Optional: https://… or /path on the site</source>
        <translation>Optional: https://… or /path on the site</translation>
    </message>
    <message>
        <source>Each choice (a random id, the time, the revision and the categories) is also sent there, so that you can prove consent. Leave empty to keep choices only in the visitor's browser.</source>
        <translation>Each choice (a random id, the time, the revision and the categories) is also sent there, so that you can prove consent. Leave empty to keep choices only in the visitor's browser.</translation>
    </message>
</context>
<context>
    <name>BannerPreview</name>
    <message>
        <source>Banner preview</source>
        <translation>Banner preview</translation>
    </message>
    <message>
        <source>First layer</source>
        <translation>First layer</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Text on background</source>
        <translation>Text on background</translation>
    </message>
    <message>
        <source>"Accept all" button</source>
        <translation>"Accept all" button</translation>
    </message>
    <message>
        <source>"Reject all" button</source>
        <translation>"Reject all" button</translation>
    </message>
    <message>
        <source>"Customise" button</source>
        <translation>"Customise" button</translation>
    </message>
    <message>
        <source>"Save" button</source>
        <translation>"Save" button</translation>
    </message>
    <message>
        <source>⚠ %1: %2:1, below the 4.5:1 minimum (WCAG AA)</source>
        <translation>⚠ %1: %2:1, below the 4.5:1 minimum (WCAG AA)</translation>
    </message>
    <message>
        <source>✓ %1: %2:1</source>
        <translation>✓ %1: %2:1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Preview at a desktop browser width (1024 pixels)</source>
        <translation>Preview at a desktop browser width (1024 pixels)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Preview at a phone width (390 pixels)</source>
        <translation>Preview at a phone width (390 pixels)</translation>
    </message>
    <message>
        <source>Previe&amp;w language:</source>
        <translation>Previe&amp;w language:</translation>
    </message>
    <message>
        <source>Contrast (WCAG)</source>
        <translation>Contrast (WCAG)</translation>
    </message>
</context>
<context>
    <name>BrowserScanner</name>
    <message>
        <source>No Chromium at %1: it is not an executable file.</source>
        <translation>No Chromium at %1: it is not an executable file.</translation>
    </message>
    <message>
        <source>No Chromium found (neither chromium nor chromium-browser is on the PATH): install Debian's chromium package or give --browser PATH.</source>
        <translation>No Chromium found (neither chromium nor chromium-browser is on the PATH): install Debian's chromium package or give --browser PATH.</translation>
    </message>
    <message>
        <source>A scan is already running.</source>
        <translation>A scan is already running.</translation>
    </message>
    <message>
        <source>%1: not an http or https URL: not scanned</source>
        <translation>%1: not an http or https URL: not scanned</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 in Chromium (%2), at most %n page(s) per phase.</source>
        <translation>
            <numerusform>Scanning %1 in Chromium (%2), at most %n page per phase.</numerusform>
            <numerusform>Scanning %1 in Chromium (%2), at most %n pages per phase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1: a fresh Chromium profile.</source>
        <translation>Phase %1: a fresh Chromium profile.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Done: %1 phase(s), %2 cookie(s) in all, %3 error(s).</source>
        <translation>Done: %1 phase(s), %2 cookie(s) in all, %3 error(s).</translation>
    </message>
    <message>
        <source>the browser ended unexpectedly</source>
        <translation>the browser ended unexpectedly</translation>
    </message>
    <message>
        <source>%1 while scanning: phase stopped</source>
        <translation>%1 while scanning: phase stopped</translation>
    </message>
    <message>
        <source>Chromium did not start in time</source>
        <translation>Chromium did not start in time</translation>
    </message>
    <message>
        <source>no DevTools connection to Chromium: %1</source>
        <translation>no DevTools connection to Chromium: %1</translation>
    </message>
    <message>
        <source>Chromium opened no page: %1</source>
        <translation>Chromium opened no page: %1</translation>
    </message>
    <message>
        <source>could not attach to Chromium's page: %1</source>
        <translation>could not attach to Chromium's page: %1</translation>
    </message>
    <message numerus="yes">
        <source>Page limit of %n page(s) reached: further links are not followed.</source>
        <translation>
            <numerusform>Page limit of %n page reached: further links are not followed.</numerusform>
            <numerusform>Page limit of %n pages reached: further links are not followed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site is now %1.</source>
        <translation>The site is now %1.</translation>
    </message>
    <message numerus="yes">
        <source>Time limit of %n second(s) reached: stopping.</source>
        <translation>
            <numerusform>Time limit of %n second reached: stopping.</numerusform>
            <numerusform>Time limit of %n seconds reached: stopping.</numerusform>
        </translation>
    </message>
    <message>
        <source>the browser used more than %1 of memory: phase stopped</source>
        <translation>the browser used more than %1 of memory: phase stopped</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped</source>
        <translation>
            <numerusform>more than %n redirect: stopped</numerusform>
            <numerusform>more than %n redirects: stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n second(s): stopped</source>
        <translation>
            <numerusform>did not answer within %n second: stopped</numerusform>
            <numerusform>did not answer within %n seconds: stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be opened: %1</source>
        <translation>could not be opened: %1</translation>
    </message>
    <message>
        <source>endless redirects (Chromium gave up: %1)</source>
        <translation>endless redirects (Chromium gave up: %1)</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>did not finish loading within %n second(s): stopped</source>
        <translation>
            <numerusform>did not finish loading within %n second: stopped</numerusform>
            <numerusform>did not finish loading within %n seconds: stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>could not read the browser's cookies: %1</source>
        <translation>could not read the browser's cookies: %1</translation>
    </message>
    <message>
        <source>Cookie %1 (%2) found after %3</source>
        <translation>Cookie %1 (%2) found after %3</translation>
    </message>
    <message>
        <source>No refusal control found on %1: the after-reject phase could not run.</source>
        <translation>No refusal control found on %1: the after-reject phase could not run.</translation>
    </message>
    <message>
        <source>No acceptance control found on %1: the after-accept phase could not run.</source>
        <translation>No acceptance control found on %1: the after-accept phase could not run.</translation>
    </message>
    <message>
        <source>Clicked %1 on %2.</source>
        <translation>Clicked %1 on %2.</translation>
    </message>
    <message>
        <source>no screenshot: %1</source>
        <translation>no screenshot: %1</translation>
    </message>
    <message>
        <source>navigated away by itself to %1</source>
        <translation>navigated away by itself to %1</translation>
    </message>
    <message>
        <source>asked to stay on the page (beforeunload): left anyway</source>
        <translation>asked to stay on the page (beforeunload): left anyway</translation>
    </message>
    <message>
        <source>opened a dialog (%1): dismissed</source>
        <translation>opened a dialog (%1): dismissed</translation>
    </message>
    <message>
        <source>started a download (%1): refused</source>
        <translation>started a download (%1): refused</translation>
    </message>
    <message numerus="yes">
        <source>opened %n new window(s): closed</source>
        <translation>
            <numerusform>opened %n new window: closed</numerusform>
            <numerusform>opened %n new windows: closed</numerusform>
        </translation>
    </message>
    <message>
        <source>response larger than %1: page stopped</source>
        <translation>response larger than %1: page stopped</translation>
    </message>
    <message>
        <source>the page crashed the browser's tab: a new tab goes on</source>
        <translation>the page crashed the browser's tab: a new tab goes on</translation>
    </message>
    <message>
        <source>Chromium refused it: %1</source>
        <translation>Chromium refused it: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Error on %1: %2</source>
        <translation>Error on %1: %2</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message numerus="yes">
        <source>Used by %n cookie(s)</source>
        <translation>
            <numerusform>Used by %n cookie</numerusform>
            <numerusform>Used by %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>The id "%1" is empty or already used.</source>
        <translation>The id "%1" is empty or already used.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) belong to %1. Which category do they move to?</source>
        <translation>
            <numerusform>%n cookie belongs to %1. Which category does it move to?</numerusform>
            <numerusform>%n cookies belong to %1. Which category do they move to?</numerusform>
        </translation>
    </message>
    <message>
        <source>No category (to fill in later)</source>
        <translation>No category (to fill in later)</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>&amp;Add Category</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Required (visitors cannot refuse it)</source>
        <translation>Required (visitors cannot refuse it)</translation>
    </message>
    <message>
        <source>Only cookies exempt from consent belong in a required category.</source>
        <translation>Only cookies exempt from consent belong in a required category.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>How the file and the banner refer to this category; cookies follow a change.</source>
        <translation>How the file and the banner refer to this category; cookies follow a change.</translation>
    </message>
</context>
<context>
    <name>CdpConnection</name>
    <message>
        <source>no DevTools connection within the time allowed</source>
        <translation>no DevTools connection within the time allowed</translation>
    </message>
    <message>
        <source>the DevTools connection closed</source>
        <translation>the DevTools connection closed</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the DevTools connection is not open</source>
        <translation>the DevTools connection is not open</translation>
    </message>
    <message>
        <source>protocol error %1</source>
        <translation>protocol error %1</translation>
    </message>
</context>
<context>
    <name>CharterImportDialog</name>
    <message>
        <source>%1 KiB received…</source>
        <translation>%1 KiB received…</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Reading the page…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Import a charter page</source>
        <translation>Import a charter page</translation>
    </message>
    <message>
        <source>Web pages and text (*.html *.htm *.xhtml *.txt);;All files (*)</source>
        <translation>Web pages and text (*.html *.htm *.xhtml *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nothing can be imported: %1</translation>
    </message>
    <message>
        <source>Sections (%1)</source>
        <translation>Sections (%1)</translation>
    </message>
    <message>
        <source>cookie table</source>
        <translation>cookie table</translation>
    </message>
    <message>
        <source>cookie table: %1</source>
        <translation>cookie table: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>To check: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Encoding: %2.</source>
        <translation>Language: %1 · Encoding: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new provider(s).</source>
        <translation>
            <numerusform>%n new provider.</numerusform>
            <numerusform>%n new providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and will be marked to check.</source>
        <translation>
            <numerusform>%n cell could not be read and will be marked to check.</numerusform>
            <numerusform>%n cells could not be read and will be marked to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) that list no cookies left out.</source>
        <translation>
            <numerusform>%n table that lists no cookies left out.</numerusform>
            <numerusform>%n tables that list no cookies left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File or address:</source>
        <translation>&amp;File or address:</translation>
    </message>
    <message>
        <source>cookies.html, charte.txt or https://example.org/cookies</source>
        <translation>cookies.html, charte.txt or https://example.org/cookies</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>What will be imported</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>CharterImporter</name>
    <message>
        <source>no cookie charter found in this page (no cookie table and no text about cookies)</source>
        <translation>no cookie charter found in this page (no cookie table and no text about cookies)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>nested %1 levels deep, more than the %2 Charte reads; not imported</source>
        <translation>nested %1 levels deep, more than the %2 Charte reads; not imported</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>this is not a text file (it contains NUL bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n table row(s) without a cookie name left out (rows %1)</source>
        <translation>
            <numerusform>%n table row without a cookie name left out (rows %1)</numerusform>
            <numerusform>%n table rows without a cookie name left out (rows %1)</numerusform>
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
        <translation>Sections of the charter</translation>
    </message>
    <message>
        <source>Drag a section to move it; double-click or F2 to rename it.</source>
        <translation>Drag a section to move it; double-click or F2 to rename it.</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Add Section</translation>
    </message>
    <message>
        <source>Add a section after the chosen one</source>
        <translation>Add a section after the chosen one</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Remove Section</translation>
    </message>
    <message>
        <source>Remove the chosen section</source>
        <translation>Remove the chosen section</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Rename Section</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the chosen section (F2)</source>
        <translation>Rename the chosen section (F2)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation>Move the section up</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation>Move the section down</translation>
    </message>
    <message>
        <source>Cookie table</source>
        <translation>Cookie table</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show a cookie table in the chosen section</source>
        <translation>Show a cookie table in the chosen section</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Site and publisher</source>
        <translation>Site and publisher</translation>
    </message>
    <message>
        <source>Charter as visitors read it</source>
        <translation>Charter as visitors read it</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the charter shown and edited</source>
        <translation>Language of the charter shown and edited</translation>
    </message>
    <message>
        <source>Rendered charter</source>
        <translation>Rendered charter</translation>
    </message>
    <message>
        <source>No table (text only)</source>
        <translation>No table (text only)</translation>
    </message>
    <message>
        <source>Tables of all categories</source>
        <translation>Tables of all categories</translation>
    </message>
    <message>
        <source>Table of "%1"</source>
        <translation>Table of "%1"</translation>
    </message>
    <message>
        <source>History of published revisions</source>
        <translation>History of published revisions</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cookie(s) in this table. The exported and printed charter lists them all.</source>
        <translation>
            <numerusform>… and %n more cookie in this table. The exported and printed charter lists them all.</numerusform>
            <numerusform>… and %n more cookies in this table. The exported and printed charter lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterPrinter</name>
    <message>
        <source>Print the charter</source>
        <translation>Print the charter</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Export the charter as PDF</source>
        <translation>Export the charter as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Cannot export the PDF</translation>
    </message>
    <message>
        <source>PDF written</source>
        <translation>PDF written</translation>
    </message>
    <message>
        <source>The charter was written to %1.</source>
        <translation>The charter was written to %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Show in &amp;Folder</translation>
    </message>
</context>
<context>
    <name>ChromiumProcess</name>
    <message>
        <source>Chromium %1 could not be started: %2</source>
        <translation>Chromium %1 could not be started: %2</translation>
    </message>
    <message>
        <source>it crashed or was killed</source>
        <translation>it crashed or was killed</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>it exited with code %1</translation>
    </message>
    <message>
        <source>the browser ended unexpectedly: %1</source>
        <translation>the browser ended unexpectedly: %1</translation>
    </message>
    <message>
        <source>Chromium ended before it was ready: %1</source>
        <translation>Chromium ended before it was ready: %1</translation>
    </message>
    <message>
        <source>Chromium ended before it was ready: %1 (%2)</source>
        <translation>Chromium ended before it was ready: %1 (%2)</translation>
    </message>
    <message>
        <source>no temporary profile folder for Chromium: %1</source>
        <translation>no temporary profile folder for Chromium: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chromium did not open its DevTools port within %n second(s)</source>
        <translation>
            <numerusform>Chromium did not open its DevTools port within %n second</numerusform>
            <numerusform>Chromium did not open its DevTools port within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try 'charte --help'.</source>
        <translation>Try 'charte --help'.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Write to FILE.</translation>
    </message>
    <message>
        <source>Template: %1.</source>
        <translation>Template: %1.</translation>
    </message>
    <message>
        <source>new: missing -o FILE</source>
        <translation>new: missing -o FILE</translation>
    </message>
    <message>
        <source>new: unexpected argument "%1"</source>
        <translation>new: unexpected argument "%1"</translation>
    </message>
    <message>
        <source>new: unknown template "%1" (known: %2)</source>
        <translation>new: unknown template "%1" (known: %2)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>Write to OUT ('-' for standard output).</source>
        <translation>Write to OUT ('-' for standard output).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>One of: %1.</translation>
    </message>
    <message>
        <source>Language of the export.</source>
        <translation>Language of the export.</translation>
    </message>
    <message>
        <source>export: expected one FILE</source>
        <translation>export: expected one FILE</translation>
    </message>
    <message>
        <source>export: missing --format (%1)</source>
        <translation>export: missing --format (%1)</translation>
    </message>
    <message>
        <source>export: missing -o OUT</source>
        <translation>export: missing -o OUT</translation>
    </message>
    <message>
        <source>export: unknown format "%1" (known: %2)</source>
        <translation>export: unknown format "%1" (known: %2)</translation>
    </message>
    <message>
        <source>export: the %1 format writes a folder; give -o DIR</source>
        <translation>export: the %1 format writes a folder; give -o DIR</translation>
    </message>
    <message>
        <source>export: the document has no language "%1" (it has: %2)</source>
        <translation>export: the document has no language "%1" (it has: %2)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Rules profile: %1 (default: the document's, else fr).</source>
        <translation>Rules profile: %1 (default: the document's, else fr).</translation>
    </message>
    <message>
        <source>Output: text, json or sarif.</source>
        <translation>Output: text, json or sarif.</translation>
    </message>
    <message>
        <source>Language of the messages: en or fr.</source>
        <translation>Language of the messages: en or fr.</translation>
    </message>
    <message>
        <source>An Open Cookie Database CSV file used with the built-in list.</source>
        <translation>An Open Cookie Database CSV file used with the built-in list.</translation>
    </message>
    <message>
        <source>check: expected one FILE</source>
        <translation>check: expected one FILE</translation>
    </message>
    <message>
        <source>check: unknown profile "%1" (known: %2)</source>
        <translation>check: unknown profile "%1" (known: %2)</translation>
    </message>
    <message>
        <source>check: unknown format "%1" (known: text, json, sarif)</source>
        <translation>check: unknown format "%1" (known: text, json, sarif)</translation>
    </message>
    <message>
        <source>scan: --%1 expects a whole number of at least %2</source>
        <translation>scan: --%1 expects a whole number of at least %2</translation>
    </message>
    <message>
        <source>Compare with the inventory of FILE.</source>
        <translation>Compare with the inventory of FILE.</translation>
    </message>
    <message>
        <source>Read a HAR file or Website Evidence Collector output instead of crawling.</source>
        <translation>Read a HAR file or Website Evidence Collector output instead of crawling.</translation>
    </message>
    <message>
        <source>Pages to crawl at most.</source>
        <translation>Pages to crawl at most.</translation>
    </message>
    <message>
        <source>Link hops from the start page at most.</source>
        <translation>Link hops from the start page at most.</translation>
    </message>
    <message>
        <source>Requests at the same time.</source>
        <translation>Requests at the same time.</translation>
    </message>
    <message>
        <source>Seconds allowed per request.</source>
        <translation>Seconds allowed per request.</translation>
    </message>
    <message>
        <source>Seconds allowed for the whole crawl.</source>
        <translation>Seconds allowed for the whole crawl.</translation>
    </message>
    <message>
        <source>Print the crawl log on standard error.</source>
        <translation>Print the crawl log on standard error.</translation>
    </message>
    <message>
        <source>scan: give either a URL or --evidence FILE, not both</source>
        <translation>scan: give either a URL or --evidence FILE, not both</translation>
    </message>
    <message>
        <source>scan: expected one URL</source>
        <translation>scan: expected one URL</translation>
    </message>
    <message>
        <source>scan: "%1" is not an http or https URL</source>
        <translation>scan: "%1" is not an http or https URL</translation>
    </message>
    <message>
        <source>scan: cannot scan "%1"</source>
        <translation>scan: cannot scan "%1"</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1: cannot be fetched: %2</source>
        <translation>%1: cannot be fetched: %2</translation>
    </message>
    <message>
        <source>Write the imported document to FILE ('-' for standard output); an existing FILE is replaced, only once the import has succeeded.</source>
        <translation>Write the imported document to FILE ('-' for standard output); an existing FILE is replaced, only once the import has succeeded.</translation>
    </message>
    <message>
        <source>Language of the imported texts (detected when not given).</source>
        <translation>Language of the imported texts (detected when not given).</translation>
    </message>
    <message>
        <source>import: expected one INPUT (a CSV inventory, a charter page or a URL)</source>
        <translation>import: expected one INPUT (a CSV inventory, a charter page or a URL)</translation>
    </message>
    <message>
        <source>import: missing -o FILE</source>
        <translation>import: missing -o FILE</translation>
    </message>
    <message>
        <source>unknown command or option "%1"</source>
        <translation>unknown command or option "%1"</translation>
    </message>
    <message>
        <source>import: expected one FILE</source>
        <translation>import: expected one FILE</translation>
    </message>
    <message>
        <source>filled %1 empty field(s) of %2 cookie(s) from the known-cookie database</source>
        <translation>filled %1 empty field(s) of %2 cookie(s) from the known-cookie database</translation>
    </message>
    <message>
        <source>Fill the empty fields of imported cookies from the known-cookie database (the built-in list, plus --known-cookies).</source>
        <translation>Fill the empty fields of imported cookies from the known-cookie database (the built-in list, plus --known-cookies).</translation>
    </message>
    <message>
        <source>An Open Cookie Database CSV file to use with --fill-from-db.</source>
        <translation>An Open Cookie Database CSV file to use with --fill-from-db.</translation>
    </message>
    <message>
        <source>import: --known-cookies is used with --fill-from-db</source>
        <translation>import: --known-cookies is used with --fill-from-db</translation>
    </message>
    <message>
        <source>export: %1 is the document being exported; give another -o OUT, the document was not changed</source>
        <translation>export: %1 is the document being exported; give another -o OUT, the document was not changed</translation>
    </message>
    <message>
        <source>import: %1 is the file being imported; give another -o FILE, the file was not changed</source>
        <translation>import: %1 is the file being imported; give another -o FILE, the file was not changed</translation>
    </message>
    <message>
        <source>scan: unknown %1 "%2" (known: %3)</source>
        <translation>scan: unknown %1 "%2" (known: %3)</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>scan: cannot scan "%1": %2</source>
        <translation>scan: cannot scan "%1": %2</translation>
    </message>
    <message>
        <source>the browser did not start</source>
        <translation>the browser did not start</translation>
    </message>
    <message>
        <source>chromium (a real browser, the default) or http (plain requests, no script runs).</source>
        <translation>chromium (a real browser, the default) or http (plain requests, no script runs).</translation>
    </message>
    <message>
        <source>The Chromium to run (default: chromium on the PATH).</source>
        <translation>The Chromium to run (default: chromium on the PATH).</translation>
    </message>
    <message>
        <source>Phases after the visit before any choice: none, reject, accept or all (default).</source>
        <translation>Phases after the visit before any choice: none, reject, accept or all (default).</translation>
    </message>
    <message>
        <source>CSS selector of the site's refusal control.</source>
        <translation>CSS selector of the site's refusal control.</translation>
    </message>
    <message>
        <source>CSS selector of the site's acceptance control.</source>
        <translation>CSS selector of the site's acceptance control.</translation>
    </message>
    <message>
        <source>The host the policy describes, when scanning another one such as a staging copy (default: the policy's site URL).</source>
        <translation>The host the policy describes, when scanning another one such as a staging copy (default: the policy's site URL).</translation>
    </message>
    <message>
        <source>Write the report and the screenshots (PNG) into DIR.</source>
        <translation>Write the report and the screenshots (PNG) into DIR.</translation>
    </message>
    <message>
        <source>text, json or html.</source>
        <translation>text, json or html.</translation>
    </message>
    <message>
        <source>scan: --site "%1" is not a host</source>
        <translation>scan: --site "%1" is not a host</translation>
    </message>
    <message>
        <source>scan: %1; scanning with plain HTTP requests instead (no script runs, no consent phase)</source>
        <translation>scan: %1; scanning with plain HTTP requests instead (no script runs, no consent phase)</translation>
    </message>
    <message>
        <source>scan: --consent %1 needs --engine chromium: plain HTTP requests cannot click a banner</source>
        <translation>scan: --consent %1 needs --engine chromium: plain HTTP requests cannot click a banner</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Banner of a document where no cookie needs consent: export only the "manage cookies" entry point, without a first layer.</source>
        <translation>Banner of a document where no cookie needs consent: export only the "manage cookies" entry point, without a first layer.</translation>
    </message>
    <message>
        <source>archive: expected "verify FILE"</source>
        <translation>archive: expected "verify FILE"</translation>
    </message>
    <message>
        <source>%1: no archive to verify (%2 does not exist)</source>
        <translation>%1: no archive to verify (%2 does not exist)</translation>
    </message>
    <message>
        <source>%1: %2 entries intact</source>
        <translation>%1: %2 entries intact</translation>
    </message>
    <message>
        <source>Output: text, json or html.</source>
        <translation>Output: text, json or html.</translation>
    </message>
    <message>
        <source>Language of the words: en or fr (default: en).</source>
        <translation>Language of the words: en or fr (default: en).</translation>
    </message>
    <message>
        <source>diff: expected two files, OLD and NEW</source>
        <translation>diff: expected two files, OLD and NEW</translation>
    </message>
    <message>
        <source>diff: unknown format "%1" (known: text, json, html)</source>
        <translation>diff: unknown format "%1" (known: text, json, html)</translation>
    </message>
    <message>
        <source>diff: only one of OLD and NEW can be standard input</source>
        <translation>diff: only one of OLD and NEW can be standard input</translation>
    </message>
    <message>
        <source>Language of the summaries: en or fr (default: en).</source>
        <translation>Language of the summaries: en or fr (default: en).</translation>
    </message>
    <message>
        <source>history: expected one FILE</source>
        <translation>history: expected one FILE</translation>
    </message>
    <message>
        <source>Your note, kept with the revision.</source>
        <translation>Your note, kept with the revision.</translation>
    </message>
    <message>
        <source>Publication date, YYYY-MM-DD (default: today).</source>
        <translation>Publication date, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>Who publishes (default: your login name).</source>
        <translation>Who publishes (default: your login name).</translation>
    </message>
    <message>
        <source>Publish despite checker errors, for this reason (recorded).</source>
        <translation>Publish despite checker errors, for this reason (recorded).</translation>
    </message>
    <message>
        <source>Ask visitors again although no change calls for it, for this reason.</source>
        <translation>Ask visitors again although no change calls for it, for this reason.</translation>
    </message>
    <message>
        <source>Do not ask visitors again although a change calls for it, for this reason.</source>
        <translation>Do not ask visitors again although a change calls for it, for this reason.</translation>
    </message>
    <message>
        <source>Language of the messages: en or fr (default: en).</source>
        <translation>Language of the messages: en or fr (default: en).</translation>
    </message>
    <message>
        <source>publish: expected one FILE (the archive is kept beside it)</source>
        <translation>publish: expected one FILE (the archive is kept beside it)</translation>
    </message>
    <message>
        <source>publish: --force needs a reason</source>
        <translation>publish: --force needs a reason</translation>
    </message>
    <message>
        <source>publish: --date "%1" is not a date such as 2026-12-03</source>
        <translation>publish: --date "%1" is not a date such as 2026-12-03</translation>
    </message>
    <message>
        <source>publish: --ask-again and --no-ask-again exclude each other</source>
        <translation>publish: --ask-again and --no-ask-again exclude each other</translation>
    </message>
    <message>
        <source>publish: --%1 needs a reason</source>
        <translation>publish: --%1 needs a reason</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: the evidence holds no cookie (%2 requests read); no document written</source>
        <translation>%1: the evidence holds no cookie (%2 requests read); no document written</translation>
    </message>
    <message>
        <source>tarteaucitron's service list (tarteaucitron.services.js), for the cookies of the services a tarteaucitron setup names.</source>
        <translation>tarteaucitron's service list (tarteaucitron.services.js), for the cookies of the services a tarteaucitron setup names.</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgresql://user@host[:port]/database.</source>
        <translation>sqlite:PATH or postgresql://user@host[:port]/database.</translation>
    </message>
    <message>
        <source>consent-log %1: missing --store STORE</source>
        <translation>consent-log %1: missing --store STORE</translation>
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation>Output: text or json.</translation>
    </message>
    <message>
        <source>consent-log find: expected one consent ID</source>
        <translation>consent-log find: expected one consent ID</translation>
    </message>
    <message>
        <source>consent-log find: unknown format "%1" (known: text, json)</source>
        <translation>consent-log find: unknown format "%1" (known: text, json)</translation>
    </message>
    <message>
        <source>charte: consent-log find: no record of consent id "%1" in %2
</source>
        <translation>charte: consent-log find: no record of consent id "%1" in %2
</translation>
    </message>
    <message>
        <source>Records received from DATE (2026-03-14 or an ISO 8601 time).</source>
        <translation>Records received from DATE (2026-03-14 or an ISO 8601 time).</translation>
    </message>
    <message>
        <source>Records received up to DATE (a date includes that day).</source>
        <translation>Records received up to DATE (a date includes that day).</translation>
    </message>
    <message>
        <source>Output: csv or json.</source>
        <translation>Output: csv or json.</translation>
    </message>
    <message>
        <source>Write to FILE ('-': standard output).</source>
        <translation>Write to FILE ('-': standard output).</translation>
    </message>
    <message>
        <source>consent-log export: unexpected argument "%1"</source>
        <translation>consent-log export: unexpected argument "%1"</translation>
    </message>
    <message>
        <source>consent-log export: unknown format "%1" (known: csv, json)</source>
        <translation>consent-log export: unknown format "%1" (known: csv, json)</translation>
    </message>
    <message>
        <source>consent-log export: --%1 "%2" is not a date (2026-03-14) or an ISO 8601 time</source>
        <translation>consent-log export: --%1 "%2" is not a date (2026-03-14) or an ISO 8601 time</translation>
    </message>
    <message numerus="yes">
        <source>charte: consent-log export: %n record(s)</source>
        <translation>
            <numerusform>charte: consent-log export: %n record</numerusform>
            <numerusform>charte: consent-log export: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Group by day, week or revision.</source>
        <translation>Group by day, week or revision.</translation>
    </message>
    <message>
        <source>consent-log stats: unknown grouping "%1" (known: day, week, revision)</source>
        <translation>consent-log stats: unknown grouping "%1" (known: day, week, revision)</translation>
    </message>
    <message>
        <source>consent-log stats: unknown format "%1" (known: text, json)</source>
        <translation>consent-log stats: unknown format "%1" (known: text, json)</translation>
    </message>
    <message>
        <source>charte: %1: the chain is broken: %2</source>
        <translation>charte: %1: the chain is broken: %2</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>from the checkpoint after record %1 (records received before %2 removed by retention)</source>
        <translation>from the checkpoint after record %1 (records received before %2 removed by retention)</translation>
    </message>
    <message>
        <source>%1: %2 records intact, %3.
Head: record %4, hash %5
</source>
        <translation>%1: %2 records intact, %3.
Head: record %4, hash %5
</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8090).</source>
        <translation>Address and port to listen on (default 127.0.0.1:8090).</translation>
    </message>
    <message>
        <source>A site allowed to send records from a browser (repeatable).</source>
        <translation>A site allowed to send records from a browser (repeatable).</translation>
    </message>
    <message>
        <source>Accept only the categories of this policy.</source>
        <translation>Accept only the categories of this policy.</translation>
    </message>
    <message>
        <source>Keep no client address at all.</source>
        <translation>Keep no client address at all.</translation>
    </message>
    <message>
        <source>A reverse proxy whose X-Forwarded-For gives the visitor's address (repeatable).</source>
        <translation>A reverse proxy whose X-Forwarded-For gives the visitor's address (repeatable).</translation>
    </message>
    <message>
        <source>Records per minute per address (0: no limit).</source>
        <translation>Records per minute per address (0: no limit).</translation>
    </message>
    <message>
        <source>Records an address may send at once.</source>
        <translation>Records an address may send at once.</translation>
    </message>
    <message>
        <source>Records waiting to be stored before new ones get 429.</source>
        <translation>Records waiting to be stored before new ones get 429.</translation>
    </message>
    <message>
        <source>Remove records older than DURATION ("13 months").</source>
        <translation>Remove records older than DURATION ("13 months").</translation>
    </message>
    <message>
        <source>consent-log serve: unexpected argument "%1"</source>
        <translation>consent-log serve: unexpected argument "%1"</translation>
    </message>
    <message>
        <source>consent-log serve: missing --store STORE</source>
        <translation>consent-log serve: missing --store STORE</translation>
    </message>
    <message>
        <source>consent-log serve: --listen "%1" is not ADDRESS:PORT (127.0.0.1:8090, [::1]:8090)</source>
        <translation>consent-log serve: --listen "%1" is not ADDRESS:PORT (127.0.0.1:8090, [::1]:8090)</translation>
    </message>
    <message>
        <source>consent-log serve: --origin "%1" is not an origin (https://www.example.org)</source>
        <translation>consent-log serve: --origin "%1" is not an origin (https://www.example.org)</translation>
    </message>
    <message>
        <source>%1: the policy has no categories</source>
        <translation>%1: the policy has no categories</translation>
    </message>
    <message>
        <source>consent-log serve: --trust-proxy "%1" is not an IP address</source>
        <translation>consent-log serve: --trust-proxy "%1" is not an IP address</translation>
    </message>
    <message>
        <source>consent-log serve: --%1 "%2" is not a whole number from %3</source>
        <translation>consent-log serve: --%1 "%2" is not a whole number from %3</translation>
    </message>
    <message>
        <source>consent-log serve: --retain "%1" is not a duration ("13 months")%2</source>
        <translation>consent-log serve: --retain "%1" is not a duration ("13 months")%2</translation>
    </message>
    <message>
        <source>charte: consent-log: retention %1: records received before %2 removed; chain checkpoint at record %3
</source>
        <translation>charte: consent-log: retention %1: records received before %2 removed; chain checkpoint at record %3
</translation>
    </message>
    <message>
        <source>charte: consent-log: records not stored (answered 503): %1
</source>
        <translation>charte: consent-log: records not stored (answered 503): %1
</translation>
    </message>
    <message>
        <source>consent-log serve: cannot set up signal handling</source>
        <translation>consent-log serve: cannot set up signal handling</translation>
    </message>
    <message>
        <source>charte: consent-log: listening on %1:%2, storing into %3%4
</source>
        <translation>charte: consent-log: listening on %1:%2, storing into %3%4
</translation>
    </message>
    <message>
        <source> (no --origin: no CORS headers, any origin accepted)</source>
        <translation> (no --origin: no CORS headers, any origin accepted)</translation>
    </message>
    <message>
        <source>, CORS for %1</source>
        <translation>, CORS for %1</translation>
    </message>
    <message>
        <source>charte: consent-log: stopped; %1 stored, %2 refused, %3 limited, %4 not stored
</source>
        <translation>charte: consent-log: stopped; %1 stored, %2 refused, %3 limited, %4 not stored
</translation>
    </message>
    <message>
        <source>consent-log: expected serve, find, export, stats or verify</source>
        <translation>consent-log: expected serve, find, export, stats or verify</translation>
    </message>
    <message>
        <source>consent-log: unknown action "%1" (known: serve, find, export, stats, verify)</source>
        <translation>consent-log: unknown action "%1" (known: serve, find, export, stats, verify)</translation>
    </message>
    <message>
        <source>(export) Records received from DATE.</source>
        <translation>(export) Records received from DATE.</translation>
    </message>
    <message>
        <source>(export) Records received up to DATE.</source>
        <translation>(export) Records received up to DATE.</translation>
    </message>
    <message>
        <source>(export) Write to FILE ('-': standard output).</source>
        <translation>(export) Write to FILE ('-': standard output).</translation>
    </message>
    <message>
        <source>(stats) Group by day, week or revision.</source>
        <translation>(stats) Group by day, week or revision.</translation>
    </message>
    <message>
        <source>text or json (find, stats), csv or json (export).</source>
        <translation>text or json (find, stats), csv or json (export).</translation>
    </message>
    <message>
        <source>%1: unknown language "%2" (known: en, fr)</source>
        <translation>%1: unknown language "%2" (known: en, fr)</translation>
    </message>
    <message>
        <source>import: %1 is the file being imported; nothing was changed</source>
        <translation>import: %1 is the file being imported; nothing was changed</translation>
    </message>
    <message>
        <source>%1: no row names a cookie; %2 was not changed</source>
        <translation>%1: no row names a cookie; %2 was not changed</translation>
    </message>
    <message>
        <source>warning: %1:%2: %3: %4 "%5" could not be read; left as it was (%6)</source>
        <translation>warning: %1:%2: %3: %4 "%5" could not be read; left as it was (%6)</translation>
    </message>
    <message>
        <source>warning: %1:%2: the row names no cookie; left out</source>
        <translation>warning: %1:%2: the row names no cookie; left out</translation>
    </message>
    <message>
        <source>warning: %1: %2 row(s) name a cookie an earlier row names (same name and domain) and complete it</source>
        <translation>warning: %1: %2 row(s) name a cookie an earlier row names (same name and domain) and complete it</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>Import the CSV inventory INPUT into the existing document DOC: cookies with the same name and domain are updated, the others added. DOC is rewritten, unless -o FILE is given.</source>
        <translation>Import the CSV inventory INPUT into the existing document DOC: cookies with the same name and domain are updated, the others added. DOC is rewritten, unless -o FILE is given.</translation>
    </message>
    <message>
        <source>With --update: only add the cookies DOC lacks; leave the others as they are.</source>
        <translation>With --update: only add the cookies DOC lacks; leave the others as they are.</translation>
    </message>
    <message>
        <source>With --update: also remove the cookies of DOC that INPUT does not list.</source>
        <translation>With --update: also remove the cookies of DOC that INPUT does not list.</translation>
    </message>
    <message>
        <source>import: --keep-existing and --replace are used with --update</source>
        <translation>import: --keep-existing and --replace are used with --update</translation>
    </message>
    <message>
        <source>import: choose --keep-existing or --replace, not both</source>
        <translation>import: choose --keep-existing or --replace, not both</translation>
    </message>
    <message>
        <source>import: --update takes a CSV inventory, without --fill-from-db or --services</source>
        <translation>import: --update takes a CSV inventory, without --fill-from-db or --services</translation>
    </message>
    <message>
        <source>import: expected one INPUT (a CSV inventory) with --update</source>
        <translation>import: expected one INPUT (a CSV inventory) with --update</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1, and no archive beside it (%2)</source>
        <translation>%1, and no archive beside it (%2)</translation>
    </message>
    <message>
        <source>reading the archive %1 on its own</source>
        <translation>reading the archive %1 on its own</translation>
    </message>
    <message>
        <source>warning: %1:%2: %3 states no domain and the document has several cookies of that name; left out (add the domain to the row)</source>
        <translation>warning: %1:%2: %3 states no domain and the document has several cookies of that name; left out (add the domain to the row)</translation>
    </message>
    <message>
        <source>removed %1 (no row names it)</source>
        <translation>removed %1 (no row names it)</translation>
    </message>
    <message>
        <source>Usage: charte [FILE]                   open the editor (the default charter if no FILE)
       charte new [--template NAME] -o FILE
       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT '-' = standard output)
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
        <translation>Usage: charte [FILE]                   open the editor (the default charter if no FILE)
       charte new [--template NAME] -o FILE
       charte export FILE --format FORMAT [--lang L] -o OUT   (OUT '-' = standard output)
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
</translation>
    </message>
    <message>
        <source>import: --update reads the inventory from a file, not from standard input</source>
        <translation>import: --update reads the inventory from a file, not from standard input</translation>
    </message>
</context>
<context>
    <name>ConsentChart</name>
    <message>
        <source>%1: %2 % accepted</source>
        <translation>%1: %2 % accepted</translation>
    </message>
    <message>
        <source>revision %1 from %2</source>
        <translation>revision %1 from %2</translation>
    </message>
    <message>
        <source>From %1 to %2. </source>
        <translation>From %1 to %2. </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <comment>a week on the consent chart's axis: the week's number, then the year</comment>
        <translation>W%1 %2</translation>
    </message>
</context>
<context>
    <name>ConsentControls</name>
    <message>
        <source>consent controls: %1 at offset %2</source>
        <translation>consent controls: %1 at offset %2</translation>
    </message>
    <message>
        <source>consent controls: not a charte-consent-controls/1 document</source>
        <translation>consent controls: not a charte-consent-controls/1 document</translation>
    </message>
</context>
<context>
    <name>ConsentLibrary</name>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (%1 in all)</translation>
    </message>
    <message>
        <source>these regular expressions are not valid in JavaScript and their cookies are not deleted: %1</source>
        <translation>these regular expressions are not valid in JavaScript and their cookies are not deleted: %1</translation>
    </message>
    <message>
        <source>cookies without a known category are left out: %1</source>
        <translation>cookies without a known category are left out: %1</translation>
    </message>
    <message>
        <source>the banner has no text for a button in %1: the export says "%2"</source>
        <translation>the banner has no text for a button in %1: the export says "%2"</translation>
    </message>
    <message>
        <source>%1 deletes only cookies; local storage, session storage and pixels are listed but not cleared on refusal: %2</source>
        <translation>%1 deletes only cookies; local storage, session storage and pixels are listed but not cleared on refusal: %2</translation>
    </message>
    <message>
        <source>third-party cookies cannot be deleted by the site's scripts; %1 can only keep their service from loading: %2</source>
        <translation>third-party cookies cannot be deleted by the site's scripts; %1 can only keep their service from loading: %2</translation>
    </message>
    <message>
        <source>%1 does not honour Global Privacy Control (navigator.globalPrivacyControl)</source>
        <translation>%1 does not honour Global Privacy Control (navigator.globalPrivacyControl)</translation>
    </message>
    <message>
        <source>colours are not carried over: style %1 with its own CSS</source>
        <translation>colours are not carried over: style %1 with its own CSS</translation>
    </message>
    <message>
        <source>%1 does not send choices to the consent log (%2); record them from its consent callback, or use Charte's banner</source>
        <translation>%1 does not send choices to the consent log (%2); record them from its consent callback, or use Charte's banner</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) with no name (category %1) left out of what the script deletes: give each its name</source>
        <translation>
            <numerusform>%n cookie with no name (category %1) left out of what the script deletes: give each its name</numerusform>
            <numerusform>%n cookies with no name (category %1) left out of what the script deletes: give each its name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>A SQLite file, or postgresql://user@host/database</source>
        <translation>A SQLite file, or postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Consent log store</source>
        <translation>Consent log store</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acceptance rate per category&lt;/b&gt; (dashed: a new policy revision)</source>
        <translation>&lt;b&gt;Acceptance rate per category&lt;/b&gt; (dashed: a new policy revision)</translation>
    </message>
    <message>
        <source>Open a consent log to see how visitors choose.</source>
        <translation>Open a consent log to see how visitors choose.</translation>
    </message>
    <message>
        <source>Acceptance rate per category over time</source>
        <translation>Acceptance rate per category over time</translation>
    </message>
    <message>
        <source>Consent id, as the consent cookie holds it</source>
        <translation>Consent id, as the consent cookie holds it</translation>
    </message>
    <message>
        <source>Consent id</source>
        <translation>Consent id</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>History of the consent id</source>
        <translation>History of the consent id</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The records that charte consent-log serve keeps (docs/consent-log.md).</source>
        <translation>The records that charte consent-log serve keeps (docs/consent-log.md).</translation>
    </message>
    <message>
        <source>Cannot open the consent log: %1</source>
        <translation>Cannot open the consent log: %1</translation>
    </message>
    <message>
        <source>Give a SQLite file or a PostgreSQL address.</source>
        <translation>Give a SQLite file or a PostgreSQL address.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>; records received before %1 were removed by retention</source>
        <translation>; records received before %1 were removed by retention</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n choice(s)&lt;/b&gt;: accept all %1 %, reject all %2 %, custom %3 %, closed %4 %; Global Privacy Control %5 %.&lt;br&gt;Accepted: %6.</source>
        <translation>
            <numerusform>&lt;b&gt;%n choice&lt;/b&gt;: accept all %1 %, reject all %2 %, custom %3 %, closed %4 %; Global Privacy Control %5 %.&lt;br&gt;Accepted: %6.</numerusform>
            <numerusform>&lt;b&gt;%n choices&lt;/b&gt;: accept all %1 %, reject all %2 %, custom %3 %, closed %4 %; Global Privacy Control %5 %.&lt;br&gt;Accepted: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>no category yet</source>
        <translation>no category yet</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>No record of consent id "%1".</source>
        <translation>No record of consent id "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for this consent id.</source>
        <translation>
            <numerusform>%n record for this consent id.</numerusform>
            <numerusform>%n records for this consent id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n record(s) chained; head record %1, hash %2.</source>
        <translation>
            <numerusform>Intact: %n record chained; head record %1, hash %2.</numerusform>
            <numerusform>Intact: %n records chained; head record %1, hash %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n record(s).</source>
        <translation>
            <numerusform>Verification cancelled after %n record.</numerusform>
            <numerusform>Verification cancelled after %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Broken: %1</translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>The chain is intact.</translation>
    </message>
    <message>
        <source>The chain is not intact.</source>
        <translation>The chain is not intact.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a consent log</source>
        <translation>Open a consent log</translation>
    </message>
    <message>
        <source>SQLite consent logs (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite consent logs (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Export the consent records</source>
        <translation>Export the consent records</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 records</source>
        <translation>%1 %2 of %3 records</translation>
    </message>
</context>
<context>
    <name>CookieConsentExporter</name>
    <message>
        <source>vanilla-cookieconsent has no Google Consent Mode: send the gtag 'consent' updates from its onConsent and onChange callbacks</source>
        <translation>vanilla-cookieconsent has no Google Consent Mode: send the gtag 'consent' updates from its onConsent and onChange callbacks</translation>
    </message>
    <message>
        <source>vanilla-cookieconsent shows no permanent "manage cookies" link: add &lt;button data-cc="show-preferencesModal"&gt; to the page</source>
        <translation>vanilla-cookieconsent shows no permanent "manage cookies" link: add &lt;button data-cc="show-preferencesModal"&gt; to the page</translation>
    </message>
    <message>
        <source>bare JSON cannot hold the RegExp that vanilla-cookieconsent needs to clear pattern cookies; they are listed in the cookie tables but not cleared (export to a .js file to clear them): %1</source>
        <translation>bare JSON cannot hold the RegExp that vanilla-cookieconsent needs to clear pattern cookies; they are listed in the cookie tables but not cleared (export to a .js file to clear them): %1</translation>
    </message>
</context>
<context>
    <name>CookieDelegate</name>
    <message>
        <source>New provider…</source>
        <translation>New provider…</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
</context>
<context>
    <name>CookieDetailsPane</name>
    <message>
        <source>No cookie selected</source>
        <translation>No cookie selected</translation>
    </message>
    <message>
        <source>Unnamed cookie</source>
        <translation>Unnamed cookie</translation>
    </message>
    <message>
        <source>Cookie details</source>
        <translation>Cookie details</translation>
    </message>
    <message>
        <source>Sent only over HTTPS. Browsers refuse __Secure- and __Host- cookies without it.</source>
        <translation>Sent only over HTTPS. Browsers refuse __Secure- and __Host- cookies without it.</translation>
    </message>
    <message>
        <source>Out of reach of the page's scripts.</source>
        <translation>Out of reach of the page's scripts.</translation>
    </message>
</context>
<context>
    <name>CookieTableModel</name>
    <message>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Local storage</source>
        <translation>Local storage</translation>
    </message>
    <message>
        <source>Session storage</source>
        <translation>Session storage</translation>
    </message>
    <message>
        <source>Pixel</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Exempt from consent</source>
        <translation>Exempt from consent</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Could not understand "%1"; please correct this cell.</source>
        <translation>Could not understand "%1"; please correct this cell.</translation>
    </message>
    <message>
        <source>Required: the name the cookie is stored under.</source>
        <translation>Required: the name the cookie is stored under.</translation>
    </message>
    <message>
        <source>"%1" is not a valid regular expression.</source>
        <translation>"%1" is not a valid regular expression.</translation>
    </message>
    <message>
        <source>"%1" is not a valid cookie name: a name cannot contain spaces, accented letters or any of ( ) &lt; &gt; @ , ; : \ " / [ ] ? = { }.</source>
        <translation>"%1" is not a valid cookie name: a name cannot contain spaces, accented letters or any of ( ) &lt; &gt; @ , ; : \ " / [ ] ? = { }.</translation>
    </message>
    <message>
        <source>Required: who sets this cookie.</source>
        <translation>Required: who sets this cookie.</translation>
    </message>
    <message>
        <source>Unknown provider "%1": choose one from the list or add it under Providers.</source>
        <translation>Unknown provider "%1": choose one from the list or add it under Providers.</translation>
    </message>
    <message>
        <source>Required: what the cookie is for, at least in the default language (%1).</source>
        <translation>Required: what the cookie is for, at least in the default language (%1).</translation>
    </message>
    <message>
        <source>Required: the category that decides when the cookie may be set.</source>
        <translation>Required: the category that decides when the cookie may be set.</translation>
    </message>
    <message>
        <source>Unknown category "%1": choose one from the list or add it under Categories.</source>
        <translation>Unknown category "%1": choose one from the list or add it under Categories.</translation>
    </message>
    <message>
        <source>Required: how long the cookie lives ("session" or a duration).</source>
        <translation>Required: how long the cookie lives ("session" or a duration).</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Service and location</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>This cookie has errors: see the Issues panel</source>
        <translation>This cookie has errors: see the Issues panel</translation>
    </message>
    <message>
        <source>This cookie has warnings: see the Issues panel</source>
        <translation>This cookie has warnings: see the Issues panel</translation>
    </message>
    <message>
        <source>This cookie has remarks: see the Issues panel</source>
        <translation>This cookie has remarks: see the Issues panel</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <source>Pattern (regular expression)</source>
        <translation>Pattern (regular expression)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Name match</source>
        <translation>Name match</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
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
        <translation>Data retention</translation>
    </message>
</context>
<context>
    <name>CookiesPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
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
            <numerusform>%1 of %n cookie</numerusform>
            <numerusform>%1 of %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cookie(s)</source>
        <translation>
            <numerusform>Removed %n cookie</numerusform>
            <numerusform>Removed %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>Pasted %n row</numerusform>
            <numerusform>Pasted %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cookies</source>
        <translation>Search cookies</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Show category</translation>
    </message>
    <message>
        <source>Show the cookies of one category</source>
        <translation>Show the cookies of one category</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Cookie actions</source>
        <translation>Cookie actions</translation>
    </message>
    <message>
        <source>&amp;Add Cookie</source>
        <translation>&amp;Add Cookie</translation>
    </message>
    <message>
        <source>Add a cookie below the current row (Insert)</source>
        <translation>Add a cookie below the current row (Insert)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Duplicate the selected cookies (Ctrl+D)</source>
        <translation>Duplicate the selected cookies (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>&amp;Copy Cells</translation>
    </message>
    <message>
        <source>&amp;Paste Cells</source>
        <translation>&amp;Paste Cells</translation>
    </message>
    <message>
        <source>&amp;Find Cookie</source>
        <translation>&amp;Find Cookie</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>Show only the cookies the last check found errors, warnings or remarks on</source>
        <translation>Show only the cookies the last check found errors, warnings or remarks on</translation>
    </message>
    <message>
        <source>Party, storage and legal basis always hold a value: choose another one in the cell. To remove cookies, press %1.</source>
        <translation>Party, storage and legal basis always hold a value: choose another one in the cell. To remove cookies, press %1.</translation>
    </message>
    <message>
        <source>Remove the selected cookies (%1)</source>
        <translation>Remove the selected cookies (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>C&amp;lear Cells</translation>
    </message>
    <message>
        <source>Empty the selected cells (Delete)</source>
        <translation>Empty the selected cells (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n pasted cookie(s)</source>
        <translation>
            <numerusform>Inserted %n pasted cookie</numerusform>
            <numerusform>Inserted %n pasted cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells would replace what %n cookie(s) hold.</source>
        <translation>
            <numerusform>The pasted cells would replace what %n cookie hold.</numerusform>
            <numerusform>The pasted cells would replace what %n cookies hold.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace their cells, or insert the pasted rows as new cookies?</source>
        <translation>Replace their cells, or insert the pasted rows as new cookies?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Insert as New Cookies</source>
        <translation>&amp;Insert as New Cookies</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Only rows next to each other can be moved together.</source>
        <translation>Only rows next to each other can be moved together.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n cookie(s)</source>
        <translation>
            <numerusform>Moved %n cookie</numerusform>
            <numerusform>Moved %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>Show every field of the current cookie beside the grid</source>
        <translation>Show every field of the current cookie beside the grid</translation>
    </message>
    <message>
        <source>Search cookies (Ctrl+F)</source>
        <translation>Search cookies (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the cookies whose shown columns contain the text</source>
        <translation>Shows the cookies whose shown columns contain the text</translation>
    </message>
</context>
<context>
    <name>CountryChooser</name>
    <message>
        <source>Not a country: choose one from the list, or type its two-letter code (NZ, US…).</source>
        <translation>Not a country: choose one from the list, or type its two-letter code (NZ, US…).</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Field for column "%1"</source>
        <translation>Field for column "%1"</translation>
    </message>
    <message>
        <source>Choose which column holds the cookie names.</source>
        <translation>Choose which column holds the cookie names.</translation>
    </message>
    <message>
        <source>%1: "%2"</source>
        <translation>%1: "%2"</translation>
    </message>
    <message>
        <source>Imported empty; the original text is kept so it can be fixed.</source>
        <translation>Imported empty; the original text is kept so it can be fixed.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) will be imported</source>
        <translation>
            <numerusform>%n cookie will be imported</numerusform>
            <numerusform>%n cookies will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new provider(s)</source>
        <translation>
            <numerusform>%n new provider</numerusform>
            <numerusform>%n new providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new category(ies)</source>
        <translation>
            <numerusform>%n new category</numerusform>
            <numerusform>%n new categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) could not be read and will be marked to check.</source>
        <translation>
            <numerusform>%n cell could not be read and will be marked to check.</numerusform>
            <numerusform>%n cells could not be read and will be marked to check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV inventory</source>
        <translation>Import a CSV inventory</translation>
    </message>
    <message numerus="yes">
        <source>Delimiter: %1 · Encoding: %2 · %n row(s)</source>
        <translation>
            <numerusform>Delimiter: %1 · Encoding: %2 · %n row</numerusform>
            <numerusform>Delimiter: %1 · Encoding: %2 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>The first row names the columns</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Language of the texts:</translation>
    </message>
    <message>
        <source>&amp;Columns (choose the field each one holds):</source>
        <translation>&amp;Columns (choose the field each one holds):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>The document already holds what this file says: nothing to import.</source>
        <translation>The document already holds what this file says: nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a cookie an earlier row names (same name and domain) and complete it.</source>
        <translation>
            <numerusform>%n row name a cookie an earlier row names (same name and domain) and complete it.</numerusform>
            <numerusform>%n rows name a cookie an earlier row names (same name and domain) and complete it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name no cookie and are left out.</source>
        <translation>
            <numerusform>%n row name no cookie and are left out.</numerusform>
            <numerusform>%n rows name no cookie and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <source>"%1" could not be read; kept</source>
        <translation>"%1" could not be read; kept</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Unchanged, with cells that could not be read (%1)</source>
        <translation>Unchanged, with cells that could not be read (%1)</translation>
    </message>
    <message>
        <source>No change: every cookie of the file is already in the document as the file describes it.</source>
        <translation>No change: every cookie of the file is already in the document as the file describes it.</translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation>C&amp;hanges (%1)</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <source>Cookies already in the &amp;document:</source>
        <translation>Cookies already in the &amp;document:</translation>
    </message>
    <message>
        <source>Update them with the file's values, add the new ones</source>
        <translation>Update them with the file's values, add the new ones</translation>
    </message>
    <message>
        <source>Leave them as they are, add only the new ones</source>
        <translation>Leave them as they are, add only the new ones</translation>
    </message>
    <message>
        <source>Update them, add the new ones, remove those the file does not list</source>
        <translation>Update them, add the new ones, remove those the file does not list</translation>
    </message>
    <message>
        <source>A cookie of the file is one of the document's when both have the same name and domain. A blank cell changes nothing.</source>
        <translation>A cookie of the file is one of the document's when both have the same name and domain. A blank cell changes nothing.</translation>
    </message>
    <message>
        <source>First cookies of the file</source>
        <translation>First cookies of the file</translation>
    </message>
    <message>
        <source>Cookie / field</source>
        <translation>Cookie / field</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>In the document</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) state no domain while the document has several cookies of their name, and are left out: %1.</source>
        <translation>
            <numerusform>%n row state no domain while the document has several cookies of their name, and are left out: %1.</numerusform>
            <numerusform>%n rows state no domain while the document has several cookies of their name, and are left out: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvInventory</name>
    <message>
        <source>no column holds cookie names; the first row should name the columns ("Cookie", "Nom du cookie", "Provider", "Purpose" …)</source>
        <translation>no column holds cookie names; the first row should name the columns ("Cookie", "Nom du cookie", "Provider", "Purpose" …)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed; the file may be cut short</source>
        <translation>a quoted field starts here and is never closed; the file may be cut short</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>this is not a text file (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>warning: %1: this line is not UTF-8 while the others are; such lines were read as Windows-1252: check their accents</source>
        <translation>warning: %1: this line is not UTF-8 while the others are; such lines were read as Windows-1252: check their accents</translation>
    </message>
    <message>
        <source>warning: %1: the file is not UTF-8; it was read as Windows-1252: check the accents</source>
        <translation>warning: %1: the file is not UTF-8; it was read as Windows-1252: check the accents</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 has changes that are not saved.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Do you want to save them?</translation>
    </message>
    <message>
        <source>Open a charter</source>
        <translation>Open a charter</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json);;JSON files (*.json);;All files (*)</source>
        <translation>Charte documents (*.charte.json);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save the charter</source>
        <translation>Save the charter</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json)</source>
        <translation>Charte documents (*.charte.json)</translation>
    </message>
    <message>
        <source>a charter that was never saved</source>
        <translation>a charter that was never saved</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restore unsaved changes?</translation>
    </message>
    <message>
        <source>Charte did not close normally. Changes to %1 were saved automatically on %2.</source>
        <translation>Charte did not close normally. Changes to %1 were saved automatically on %2.</translation>
    </message>
    <message>
        <source>Restore them, or discard them for good?</source>
        <translation>Restore them, or discard them for good?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>New charter from the default template</source>
        <translation>New charter from the default template</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Cannot open the document</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>charter</source>
        <translation>charter</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Cannot save the document</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>The new charter</source>
        <translation>The new charter</translation>
    </message>
    <message>
        <source>Cannot restore the document</source>
        <translation>Cannot restore the document</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Unsaved changes restored</translation>
    </message>
</context>
<context>
    <name>EvidenceImporter</name>
    <message>
        <source>%1: log.entries: no request URL to tell the site from</source>
        <translation>%1: log.entries: no request URL to tell the site from</translation>
    </message>
    <message>
        <source>%1: uri_ins: missing or not a URL</source>
        <translation>%1: uri_ins: missing or not a URL</translation>
    </message>
    <message>
        <source>cookies[%1]: no name</source>
        <translation>cookies[%1]: no name</translation>
    </message>
    <message>
        <source>%1: neither a HAR file (log.entries) nor Website Evidence Collector output (cookies, uri_ins)</source>
        <translation>%1: neither a HAR file (log.entries) nor Website Evidence Collector output (cookies, uri_ins)</translation>
    </message>
    <message>
        <source>%1: larger than 1 GiB</source>
        <translation>%1: larger than 1 GiB</translation>
    </message>
    <message>
        <source>cookies[%1] "%2": the expiry is beyond the year 9999, the cookie is left out</source>
        <translation>cookies[%1] "%2": the expiry is beyond the year 9999, the cookie is left out</translation>
    </message>
</context>
<context>
    <name>EvidencePolicy</name>
    <message numerus="yes">
        <source>%n cookie(s) were only seen in requests: the evidence does not say how long they live</source>
        <translation>
            <numerusform>%n cookie were only seen in requests: the evidence does not say how long they live</numerusform>
            <numerusform>%n cookies were only seen in requests: the evidence does not say how long they live</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything in the document carries over.</source>
        <translation>Everything in the document carries over.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Export to Folder</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Export to File</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, with %n warning(s) listed above.</source>
        <translation>
            <numerusform>Exported to %1, with %n warning listed above.</numerusform>
            <numerusform>Exported to %1, with %n warnings listed above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Export formats</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Write to:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>What this format cannot express:</source>
        <translation>What this format cannot express:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Not exported: the document has errors (see the Issues panel).</source>
        <translation>Not exported: the document has errors (see the Issues panel).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Show in &amp;Folder</translation>
    </message>
    <message>
        <source>No cookie needs consent: export only the “manage cookies” entry point</source>
        <translation>No cookie needs consent: export only the “manage cookies” entry point</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Policy JSON</source>
        <translation>Policy JSON</translation>
    </message>
    <message>
        <source>The document itself, normalised, for version control and for websites that read the charte/1 schema.</source>
        <translation>The document itself, normalised, for version control and for websites that read the charte/1 schema.</translation>
    </message>
    <message>
        <source>HTML charter page</source>
        <translation>HTML charter page</translation>
    </message>
    <message>
        <source>A standalone cookie policy page in one language, with a table per category and a button that reopens the banner.</source>
        <translation>A standalone cookie policy page in one language, with a table per category and a button that reopens the banner.</translation>
    </message>
    <message>
        <source>Consent banner bundle</source>
        <translation>Consent banner bundle</translation>
    </message>
    <message>
        <source>The consent banner for the website (charte-consent.js and charte-consent.css, no dependencies) with a demo page.</source>
        <translation>The consent banner for the website (charte-consent.js and charte-consent.css, no dependencies) with a demo page.</translation>
    </message>
    <message>
        <source>PDF charter</source>
        <translation>PDF charter</translation>
    </message>
    <message>
        <source>The charter with its cookie tables on A4 pages, for the records or for printing.</source>
        <translation>The charter with its cookie tables on A4 pages, for the records or for printing.</translation>
    </message>
    <message>
        <source>Cookie inventory (CSV)</source>
        <translation>Cookie inventory (CSV)</translation>
    </message>
    <message>
        <source>Every cookie with all its fields, one column per language, for spreadsheets; Charte imports it back unchanged.</source>
        <translation>Every cookie with all its fields, one column per language, for spreadsheets; Charte imports it back unchanged.</translation>
    </message>
    <message>
        <source>vanilla-cookieconsent 3 configuration</source>
        <translation>vanilla-cookieconsent 3 configuration</translation>
    </message>
    <message>
        <source>A script to include after cookieconsent.umd.js that starts the banner with this document; name the file .json for the bare configuration.</source>
        <translation>A script to include after cookieconsent.umd.js that starts the banner with this document; name the file .json for the bare configuration.</translation>
    </message>
    <message>
        <source>Klaro 0.7 configuration</source>
        <translation>Klaro 0.7 configuration</translation>
    </message>
    <message>
        <source>A script to include before klaro.js that sets window.klaroConfig; name the file .json for the bare configuration.</source>
        <translation>A script to include before klaro.js that sets window.klaroConfig; name the file .json for the bare configuration.</translation>
    </message>
    <message>
        <source>tarteaucitron 1.x configuration</source>
        <translation>tarteaucitron 1.x configuration</translation>
    </message>
    <message>
        <source>A script to include after tarteaucitron.js that starts it with one service per provider and category.</source>
        <translation>A script to include after tarteaucitron.js that starts it with one service per provider and category.</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>cannot create the folder</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Errors in the document</source>
        <translation>Errors in the document</translation>
    </message>
    <message numerus="yes">
        <source>The check finds %n error(s) in this document: publish it anyway?</source>
        <translation>
            <numerusform>The check finds %n error in this document: publish it anyway?</numerusform>
            <numerusform>The check finds %n errors in this document: publish it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Export Anyway</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>; the file was not changed</source>
        <translation>; the file was not changed</translation>
    </message>
    <message>
        <source>standard output: %1</source>
        <translation>standard output: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Charte</source>
        <translation>&amp;About Charte</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>Archive this revision as published, asking visitors again if needed</source>
        <translation>Archive this revision as published, asking visitors again if needed</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Open this revision</source>
        <translation>Open this revision</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Published revisions</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Published revision %1 (entry %2 of the archive)</source>
        <translation>Published revision %1 (entry %2 of the archive)</translation>
    </message>
    <message>
        <source>This document has not been saved: its published revisions are archived beside its file.</source>
        <translation>This document has not been saved: its published revisions are archived beside its file.</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>The archive cannot be read: %1</translation>
    </message>
    <message>
        <source>No revision published yet. Publishing creates the archive in %1.</source>
        <translation>No revision published yet. Publishing creates the archive in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n published revision(s) in %1.</source>
        <translation>
            <numerusform>%n published revision in %1.</numerusform>
            <numerusform>%n published revisions in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact.</source>
        <translation>The archive is intact.</translation>
    </message>
    <message>
        <source>The archive was altered: %1</source>
        <translation>The archive was altered: %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation>Revision %1 — %2</translation>
    </message>
    <message>
        <source>visitors asked again</source>
        <translation>visitors asked again</translation>
    </message>
    <message>
        <source>consent stands</source>
        <translation>consent stands</translation>
    </message>
    <message>
        <source>Published by %1 on %2 (entry %3).</source>
        <translation>Published by %1 on %2 (entry %3).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Existing consent stands.</source>
        <translation>Existing consent stands.</translation>
    </message>
    <message>
        <source>Visitors were asked again.</source>
        <translation>Visitors were asked again.</translation>
    </message>
    <message>
        <source>Visitors were asked again: %1.</source>
        <translation>Visitors were asked again: %1.</translation>
    </message>
    <message>
        <source>Decision overridden: %1</source>
        <translation>Decision overridden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published despite %n checker error(s): %1</source>
        <translation>
            <numerusform>Published despite %n checker error: %1</numerusform>
            <numerusform>Published despite %n checker errors: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 of %2</translation>
    </message>
    <message>
        <source>The current document</source>
        <translation>The current document</translation>
    </message>
    <message>
        <source>Nothing to compare until a revision is published.</source>
        <translation>Nothing to compare until a revision is published.</translation>
    </message>
    <message>
        <source>The document as it was published — charter, cookies, categories, providers, banner — read-only</source>
        <translation>The document as it was published — charter, cookies, categories, providers, banner — read-only</translation>
    </message>
    <message>
        <source>Open This Revision</source>
        <translation>Open This Revision</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Cookie inventory (CSV)</source>
        <translation>Cookie inventory (CSV)</translation>
    </message>
    <message>
        <source>Charter page (HTML or text)</source>
        <translation>Charter page (HTML or text)</translation>
    </message>
    <message numerus="yes">
        <source>no table found and no cookie named; the page has %n section(s) of text but no cookie list to import</source>
        <translation>
            <numerusform>no table found and no cookie named; the page has %n section of text but no cookie list to import</numerusform>
            <numerusform>no table found and no cookie named; the page has %n sections of text but no cookie list to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) found; none has a cookie-name column; headers: %1</source>
        <translation>
            <numerusform>%n table found; none has a cookie-name column; headers: %1</numerusform>
            <numerusform>%n tables found; none has a cookie-name column; headers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Klaro, vanilla-cookieconsent or tarteaucitron configuration</source>
        <translation>Klaro, vanilla-cookieconsent or tarteaucitron configuration</translation>
    </message>
    <message>
        <source>not something Charte can import (expected a CSV inventory, a charter page, a Klaro, vanilla-cookieconsent or tarteaucitron configuration, or evidence)</source>
        <translation>not something Charte can import (expected a CSV inventory, a charter page, a Klaro, vanilla-cookieconsent or tarteaucitron configuration, or evidence)</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
</context>
<context>
    <name>InventoryFields</name>
    <message>
        <source>Cookie name</source>
        <translation>Cookie name</translation>
    </message>
    <message>
        <source>Name match</source>
        <translation>Name match</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Provider ID</translation>
    </message>
    <message>
        <source>Provider website</source>
        <translation>Provider website</translation>
    </message>
    <message>
        <source>Provider privacy policy</source>
        <translation>Provider privacy policy</translation>
    </message>
    <message>
        <source>Provider country</source>
        <translation>Provider country</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Service and location</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>First or third party</source>
        <translation>First or third party</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Extra data (JSON)</source>
        <translation>Extra data (JSON)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>InventoryUpdate</name>
    <message>
        <source>none</source>
        <comment>no value in a field</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>%1 changed, %2 added</source>
        <translation>%1 changed, %2 added</translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation>, %1 removed</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>suppressed: %1</source>
        <translation>suppressed: %1</translation>
    </message>
    <message>
        <source>Suppressed (%1)</source>
        <translation>Suppressed (%1)</translation>
    </message>
    <message>
        <source>No issue found (profile %1).</source>
        <translation>No issue found (profile %1).</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Compliance issues</source>
        <translation>Compliance issues</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profile %2)</translation>
    </message>
    <message>
        <source>%1 Checking the changes…</source>
        <translation>%1 Checking the changes…</translation>
    </message>
</context>
<context>
    <name>JsConfigSandbox</name>
    <message>
        <source>the configuration could not be interrupted (it recurses without end); stopped</source>
        <translation>the configuration could not be interrupted (it recurses without end); stopped</translation>
    </message>
    <message>
        <source>the configuration calls %1; reading a configuration never goes to the network</source>
        <translation>the configuration calls %1; reading a configuration never goes to the network</translation>
    </message>
    <message>
        <source>the configuration builds a value too large for a configuration; stopped</source>
        <translation>the configuration builds a value too large for a configuration; stopped</translation>
    </message>
    <message>
        <source>JavaScript error: %1</source>
        <translation>JavaScript error: %1</translation>
    </message>
    <message>
        <source>the configuration loads code with import(); Charte does not run code from elsewhere while reading a configuration</source>
        <translation>the configuration loads code with import(); Charte does not run code from elsewhere while reading a configuration</translation>
    </message>
    <message>
        <source>the configuration still ran after %1 ms (an endless loop?); stopped</source>
        <translation>the configuration still ran after %1 ms (an endless loop?); stopped</translation>
    </message>
    <message>
        <source>the configuration used more than %1 MiB of memory; stopped</source>
        <translation>the configuration used more than %1 MiB of memory; stopped</translation>
    </message>
    <message>
        <source>the configuration is nested too deep or holds too many values to read</source>
        <translation>the configuration is nested too deep or holds too many values to read</translation>
    </message>
</context>
<context>
    <name>KlaroExporter</name>
    <message>
        <source>Klaro's modal has no cookie table: each service's description lists its cookies, lifetimes and purposes; the service-and-location column is left out</source>
        <translation>Klaro's modal has no cookie table: each service's description lists its cookies, lifetimes and purposes; the service-and-location column is left out</translation>
    </message>
    <message>
        <source>the document has no site address: Klaro's privacy-policy link is left out</source>
        <translation>the document has no site address: Klaro's privacy-policy link is left out</translation>
    </message>
    <message>
        <source>Klaro links to a privacy policy: the export points it to the site address; set translations.zz.privacyPolicyUrl to the charter page</source>
        <translation>Klaro links to a privacy policy: the export points it to the site address; set translations.zz.privacyPolicyUrl to the charter page</translation>
    </message>
    <message>
        <source>Klaro 0.7 has no Google Consent Mode: send the gtag 'consent' updates from the services' callbacks</source>
        <translation>Klaro 0.7 has no Google Consent Mode: send the gtag 'consent' updates from the services' callbacks</translation>
    </message>
    <message>
        <source>the bare JSON carries no style: Klaro's "toggle all" switch looks on while it is off, and links are not underlined; the .js export fixes both</source>
        <translation>the bare JSON carries no style: Klaro's "toggle all" switch looks on while it is off, and links are not underlined; the .js export fixes both</translation>
    </message>
    <message>
        <source>the site address "%1" is not an http(s) address: Klaro's privacy-policy link is left out</source>
        <translation>the site address "%1" is not an http(s) address: Klaro's privacy-policy link is left out</translation>
    </message>
</context>
<context>
    <name>KnownCookies</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not an Open Cookie Database file: expected the columns "Cookie / Data Key name" and "Category"</source>
        <translation>not an Open Cookie Database file: expected the columns "Cookie / Data Key name" and "Category"</translation>
    </message>
</context>
<context>
    <name>KnownCookiesChooser</name>
    <message numerus="yes">
        <source>%n known cookie(s) read.</source>
        <translation>
            <numerusform>%n known cookie read.</numerusform>
            <numerusform>%n known cookies read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retention period(s) could not be read as a duration, for example: %1.</source>
        <translation>
            <numerusform>%n retention period could not be read as a duration, for example: %1.</numerusform>
            <numerusform>%n retention periods could not be read as a duration, for example: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Known-cookie database</source>
        <translation>Known-cookie database</translation>
    </message>
    <message>
        <source>Open Cookie Database (*.csv);;All files (*)</source>
        <translation>Open Cookie Database (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Languages of the charter</source>
        <translation>Languages of the charter</translation>
    </message>
    <message>
        <source>The charter, the banner and the cookie descriptions can be written in several languages. A text missing in one language is shown in the default language.</source>
        <translation>The charter, the banner and the cookie descriptions can be written in several languages. A text missing in one language is shown in the default language.</translation>
    </message>
    <message>
        <source>Languages of the document</source>
        <translation>Languages of the document</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Language to add</translation>
    </message>
    <message>
        <source>Language code, e.g. de</source>
        <translation>Language code, e.g. de</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the language and every text written in it (undoable)</source>
        <translation>Remove the language and every text written in it (undoable)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Add a language</translation>
    </message>
    <message>
        <source>"%1" is not a language code. Use a code such as de, es or pt-BR.</source>
        <translation>"%1" is not a language code. Use a code such as de, es or pt-BR.</translation>
    </message>
</context>
<context>
    <name>LibraryConfigImporter</name>
    <message>
        <source>service "%1" lists no cookies and the known-cookie database has none for it; it is listed as a provider without cookies</source>
        <translation>service "%1" lists no cookies and the known-cookie database has none for it; it is listed as a provider without cookies</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>this is not a text file (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>this is a vanilla-cookieconsent 2 setup (initCookieConsent); Charte reads version 3 configurations (CookieConsent.run)</source>
        <translation>this is a vanilla-cookieconsent 2 setup (initCookieConsent); Charte reads version 3 configurations (CookieConsent.run)</translation>
    </message>
    <message>
        <source>defines no tarteaucitron.services; expected tarteaucitron's service list (tarteaucitron.services.js)</source>
        <translation>defines no tarteaucitron.services; expected tarteaucitron's service list (tarteaucitron.services.js)</translation>
    </message>
    <message>
        <source>the script ran but handed nothing to Klaro (klaroConfig, klaro.setup), vanilla-cookieconsent (CookieConsent.run) or tarteaucitron (tarteaucitron.init, tarteaucitron.job)</source>
        <translation>the script ran but handed nothing to Klaro (klaroConfig, klaro.setup), vanilla-cookieconsent (CookieConsent.run) or tarteaucitron (tarteaucitron.init, tarteaucitron.job)</translation>
    </message>
    <message>
        <source>not a Klaro, vanilla-cookieconsent or tarteaucitron configuration</source>
        <translation>not a Klaro, vanilla-cookieconsent or tarteaucitron configuration</translation>
    </message>
    <message>
        <source>the configuration names no cookie and the known-cookie database knows none of its services; nothing to import</source>
        <translation>the configuration names no cookie and the known-cookie database knows none of its services; nothing to import</translation>
    </message>
    <message>
        <source>a service without a name was left out</source>
        <translation>a service without a name was left out</translation>
    </message>
    <message>
        <source>service "%1" has no purpose; it was put in the necessary category if required, else in functional</source>
        <translation>service "%1" has no purpose; it was put in the necessary category if required, else in functional</translation>
    </message>
    <message>
        <source>service "%1": a cookie entry without a name was left out</source>
        <translation>service "%1": a cookie entry without a name was left out</translation>
    </message>
    <message>
        <source>category "%1" (%2): cookie table row %3 has no cookie name and was left out</source>
        <translation>category "%1" (%2): cookie table row %3 has no cookie name and was left out</translation>
    </message>
    <message>
        <source>category "%1": an autoClear cookie without a name was left out</source>
        <translation>category "%1": an autoClear cookie without a name was left out</translation>
    </message>
    <message>
        <source>the %1 texts are loaded from %2 when the page runs; they were not read</source>
        <translation>the %1 texts are loaded from %2 when the page runs; they were not read</translation>
    </message>
    <message>
        <source>a tarteaucitron.job entry that is not a service key was left out</source>
        <translation>a tarteaucitron.job entry that is not a service key was left out</translation>
    </message>
    <message>
        <source>no service is pushed to tarteaucitron.job</source>
        <translation>no service is pushed to tarteaucitron.job</translation>
    </message>
    <message>
        <source>service "%1": tarteaucitron's service list names no cookie for it</source>
        <translation>service "%1": tarteaucitron's service list names no cookie for it</translation>
    </message>
    <message>
        <source>service "%1" is not in tarteaucitron's service list (give it with --services tarteaucitron.services.js) and the known-cookie database has no cookies for it; it is listed as a provider without cookies</source>
        <translation>service "%1" is not in tarteaucitron's service list (give it with --services tarteaucitron.services.js) and the known-cookie database has no cookies for it; it is listed as a provider without cookies</translation>
    </message>
</context>
<context>
    <name>Lifetime</name>
    <message>
        <source>expected "session" or a duration such as "13 months", "1 year" or "30 days", got "%1"</source>
        <translation>expected "session" or a duration such as "13 months", "1 year" or "30 days", got "%1"</translation>
    </message>
</context>
<context>
    <name>LifetimeEditor</name>
    <message>
        <source>Not a lifetime Charte can read: write it as "session", "13 months", "1 year", "2 semaines"… Kept as written and flagged if you leave it so.</source>
        <translation>Not a lifetime Charte can read: write it as "session", "13 months", "1 year", "2 semaines"… Kept as written and flagged if you leave it so.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>New charter from the default template</source>
        <translation>New charter from the default template</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a charter</source>
        <translation>Open a charter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the charter</source>
        <translation>Save the charter</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Edit &amp;language:</source>
        <translation>Edit &amp;language:</translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>Edit language</translation>
    </message>
    <message>
        <source>The language in which translatable texts are shown and edited</source>
        <translation>The language in which translatable texts are shown and edited</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>File state</source>
        <translation>File state</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Modified, never saved</source>
        <translation>Modified, never saved</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Never saved</translation>
    </message>
    <message>
        <source>Modified — %1</source>
        <translation>Modified — %1</translation>
    </message>
    <message>
        <source>Saved — %1</source>
        <translation>Saved — %1</translation>
    </message>
    <message>
        <source>Import a cookie inventory</source>
        <translation>Import a cookie inventory</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import scan evidence</source>
        <translation>Import scan evidence</translation>
    </message>
    <message>
        <source>HAR or WEC files (*.har *.json);;All files (*)</source>
        <translation>HAR or WEC files (*.har *.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;CSV Inventory…</source>
        <translation>&amp;CSV Inventory…</translation>
    </message>
    <message>
        <source>Charter &amp;Page…</source>
        <translation>Charter &amp;Page…</translation>
    </message>
    <message>
        <source>Scan &amp;Evidence…</source>
        <translation>Scan &amp;Evidence…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the charter, the banner or a consent library's configuration</source>
        <translation>Export the charter, the banner or a consent library's configuration</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Known-Cookie Database…</source>
        <translation>&amp;Known-Cookie Database…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Languages…</source>
        <translation>&amp;Languages…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Scan Site…</source>
        <translation>&amp;Scan Site…</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Issues</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Check Now</translation>
    </message>
    <message>
        <source>Check the document against the rules and show the issues</source>
        <translation>Check the document against the rules and show the issues</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Cannot import the inventory</source>
        <translation>Cannot import the inventory</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n section(s) and %1</source>
        <translation>
            <numerusform>Imported %n section and %1</numerusform>
            <numerusform>Imported %n sections and %1</numerusform>
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
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>&amp;Mark the Charter as Updated Today</source>
        <translation>&amp;Mark the Charter as Updated Today</translation>
    </message>
    <message>
        <source>Set the last-updated date to today and note that the charter matches the current cookies</source>
        <translation>Set the last-updated date to today and note that the charter matches the current cookies</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Imported %1: %2</translation>
    </message>
</context>
<context>
    <name>MetaEditor</name>
    <message>
        <source>Who publishes the charter and for which site. These details appear at the foot of the charter page.</source>
        <translation>Who publishes the charter and for which site. These details appear at the foot of the charter page.</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <source>Site &amp;address (URL):</source>
        <translation>Site &amp;address (URL):</translation>
    </message>
    <message>
        <source>&amp;Publisher (controller):</source>
        <translation>&amp;Publisher (controller):</translation>
    </message>
    <message>
        <source>Publisher's postal a&amp;ddress:</source>
        <translation>Publisher's postal a&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;DPO contact (e-mail):</source>
        <translation>&amp;DPO contact (e-mail):</translation>
    </message>
    <message>
        <source>&amp;Last updated:</source>
        <translation>&amp;Last updated:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Publisher's postal address</source>
        <translation>Publisher's postal address</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>DPO contact</translation>
    </message>
    <message>
        <source>dpo@example.org</source>
        <translation>dpo@example.org</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Set the last-updated date to today</source>
        <translation>Set the last-updated date to today</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Raise the revision when the charter changes in a way that visitors must be asked again.</source>
        <translation>Raise the revision when the charter changes in a way that visitors must be asked again.</translation>
    </message>
</context>
<context>
    <name>NewCategoryPrompt</name>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name of the category (%1):</source>
        <translation>Name of the category (%1):</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Publisher:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <source>Privacy contact:</source>
        <translation>Privacy contact:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Last updated:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Cookies and trackers</source>
        <translation>Cookies and trackers</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Providers outside the EU/EEA</source>
        <translation>Providers outside the EU/EEA</translation>
    </message>
    <message>
        <source>Cookies per category</source>
        <translation>Cookies per category</translation>
    </message>
    <message>
        <source>No cookies declared yet.</source>
        <translation>No cookies declared yet.</translation>
    </message>
    <message>
        <source>Lifetimes</source>
        <translation>Lifetimes</translation>
    </message>
    <message>
        <source>Cookies per lifetime</source>
        <translation>Cookies per lifetime</translation>
    </message>
    <message>
        <source>Transfers outside the EU/EEA</source>
        <translation>Transfers outside the EU/EEA</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Unnamed site</source>
        <translation>Unnamed site</translation>
    </message>
    <message>
        <source>No site address yet</source>
        <translation>No site address yet</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, default</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>figure caption: number</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>%1 (undefined)</source>
        <translation>%1 (undefined)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Up to 1 month</source>
        <translation>Up to 1 month</translation>
    </message>
    <message>
        <source>Up to 6 months</source>
        <translation>Up to 6 months</translation>
    </message>
    <message>
        <source>Up to 13 months</source>
        <translation>Up to 13 months</translation>
    </message>
    <message>
        <source>More than 13 months</source>
        <translation>More than 13 months</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), cookies: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), cookies: %4</translation>
    </message>
    <message>
        <source>Country not stated for: %1</source>
        <translation>Country not stated for: %1</translation>
    </message>
    <message>
        <source>No providers declared yet.</source>
        <translation>No providers declared yet.</translation>
    </message>
    <message>
        <source>None: every provider is established in the EU or the EEA.</source>
        <translation>None: every provider is established in the EU or the EEA.</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no complete answer within %1 s</translation>
    </message>
    <message>
        <source>only http and https addresses can be imported</source>
        <translation>only http and https addresses can be imported</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the page is larger than %1 KiB</source>
        <translation>the page is larger than %1 KiB</translation>
    </message>
    <message>
        <source>the TLS certificate was refused: %1</source>
        <translation>the TLS certificate was refused: %1</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>the server sent nothing for %1 s</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>the server answered %1 %2</translation>
    </message>
    <message>
        <source>the server answered %1 without saying where to go</source>
        <translation>the server answered %1 without saying where to go</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>more than %1 redirects</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http or https address</source>
        <translation>redirected to %1, which is not an http or https address</translation>
    </message>
</context>
<context>
    <name>PageNavigator</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the PDF export needs a graphical application object (fonts)</source>
        <translation>the PDF export needs a graphical application object (fonts)</translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation>cannot start painting the pages</translation>
    </message>
    <message>
        <source>cannot add page %1</source>
        <translation>cannot add page %1</translation>
    </message>
    <message>
        <source>a paragraph or table cell of %L1 characters ("%2…"): the PDF lays out at most %L3 characters in one; shorten it (the HTML export has no such limit)</source>
        <translation>a paragraph or table cell of %L1 characters ("%2…"): the PDF lays out at most %L3 characters in one; shorten it (the HTML export has no such limit)</translation>
    </message>
</context>
<context>
    <name>PolicyReader</name>
    <message>
        <source>missing, expected a string</source>
        <translation>missing, expected a string</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a whole number from %1</source>
        <translation>expected a whole number from %1</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>expected a list of strings</translation>
    </message>
    <message>
        <source>expected an object of texts by language, such as {"fr": "…"}</source>
        <translation>expected an object of texts by language, such as {"fr": "…"}</translation>
    </message>
    <message>
        <source>the text for language "%1" is not a string</source>
        <translation>the text for language "%1" is not a string</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>expected a colour such as "#1d4e89"</source>
        <translation>expected a colour such as "#1d4e89"</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must include the default language "%1"</source>
        <translation>must include the default language "%1"</translation>
    </message>
    <message>
        <source>expected a date such as "2026-11-29"</source>
        <translation>expected a date such as "2026-11-29"</translation>
    </message>
    <message>
        <source>expected "session" or a duration (a whole number of seconds)</source>
        <translation>expected "session" or a duration (a whole number of seconds)</translation>
    </message>
    <message>
        <source>"%1" is a newer format than this version of Charte reads (charte/1); open it with a newer Charte</source>
        <translation>"%1" is a newer format than this version of Charte reads (charte/1); open it with a newer Charte</translation>
    </message>
    <message>
        <source>"%1" is not a Charte document format (expected "charte/1")</source>
        <translation>"%1" is not a Charte document format (expected "charte/1")</translation>
    </message>
    <message>
        <source>missing, expected an object</source>
        <translation>missing, expected an object</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a Charte document may have</source>
        <translation>the file is %1 MiB, more than the %2 MiB a Charte document may have</translation>
    </message>
    <message>
        <source>the file is empty, expected a Charte document</source>
        <translation>the file is empty, expected a Charte document</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8 and try again</source>
        <translation>the file is not valid UTF-8; save it as UTF-8 and try again</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with "format": "charte/1"</source>
        <translation>expected a JSON object with "format": "charte/1"</translation>
    </message>
    <message>
        <source>malformed JSON: a \u escape holds half of a surrogate pair</source>
        <translation>malformed JSON: a \u escape holds half of a surrogate pair</translation>
    </message>
    <message>
        <source>the member "%1" appears twice in this object</source>
        <translation>the member "%1" appears twice in this object</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>this is not a text file (it contains NUL bytes)</translation>
    </message>
    <message>
        <source>malformed JSON: a control character (U+%1) inside a string; write it as \u%1</source>
        <translation>malformed JSON: a control character (U+%1) inside a string; write it as \u%1</translation>
    </message>
    <message>
        <source>more than %1 MiB, the most Charte reads</source>
        <translation>more than %1 MiB, the most Charte reads</translation>
    </message>
    <message>
        <source>a text of more than %1 MiB; Charte reads texts up to %1 MiB</source>
        <translation>a text of more than %1 MiB; Charte reads texts up to %1 MiB</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New provider</source>
        <translation>New provider</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Privacy policy:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Where the provider is established: type its name or its code (FR, IE, US…). Outside the EU, visitors are told their data leaves it.</source>
        <translation>Where the provider is established: type its name or its code (FR, IE, US…). Outside the EU, visitors are told their data leaves it.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message numerus="yes">
        <source>Used by %n cookie(s)</source>
        <translation>
            <numerusform>Used by %n cookie</numerusform>
            <numerusform>Used by %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>The id "%1" is empty or already used.</source>
        <translation>The id "%1" is empty or already used.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) are set by %1. Which provider sets them instead?</source>
        <translation>
            <numerusform>%n cookie is set by %1. Which provider sets it instead?</numerusform>
            <numerusform>%n cookies are set by %1. Which provider sets them instead?</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider (to fill in later)</source>
        <translation>No provider (to fill in later)</translation>
    </message>
    <message>
        <source>&amp;Add Provider</source>
        <translation>&amp;Add Provider</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Privacy policy:</source>
        <translation>&amp;Privacy policy:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>How the file refers to this provider; cookies follow a change.</source>
        <translation>How the file refers to this provider; cookies follow a change.</translation>
    </message>
    <message>
        <source>Two-letter ISO code (FR, IE, US…): outside the EU, visitors are told their data leaves it.</source>
        <translation>Two-letter ISO code (FR, IE, US…): outside the EU, visitors are told their data leaves it.</translation>
    </message>
    <message>
        <source>"%1" is not a country: choose one from the list or type its two-letter code. The country was not changed.</source>
        <translation>"%1" is not a country: choose one from the list or type its two-letter code. The country was not changed.</translation>
    </message>
</context>
<context>
    <name>PublicationArchive</name>
    <message>
        <source>entry %1 (revision %2, %3)</source>
        <translation>entry %1 (revision %2, %3)</translation>
    </message>
    <message>
        <source>not a Charte archive entry (expected "format": "charte-archive/1")</source>
        <translation>not a Charte archive entry (expected "format": "charte-archive/1")</translation>
    </message>
    <message>
        <source>the entry has no valid sequence, revision or date</source>
        <translation>the entry has no valid sequence, revision or date</translation>
    </message>
    <message>
        <source>unreadable JSON (%1)</source>
        <translation>unreadable JSON (%1)</translation>
    </message>
    <message>
        <source>entry %1 is missing (the archive goes from %2 to %3)</source>
        <translation>entry %1 is missing (the archive goes from %2 to %3)</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entry %1: %2</translation>
    </message>
    <message>
        <source>entry %1: %2 was altered (it is no longer valid JSON)</source>
        <translation>entry %1: %2 was altered (it is no longer valid JSON)</translation>
    </message>
    <message>
        <source>entry %1: %2 was altered (%3)</source>
        <translation>entry %1: %2 was altered (%3)</translation>
    </message>
    <message>
        <source>entry %1: %2 says it is entry %3</source>
        <translation>entry %1: %2 says it is entry %3</translation>
    </message>
    <message>
        <source>%1: %2 was altered (its hash no longer matches its content)</source>
        <translation>%1: %2 was altered (its hash no longer matches its content)</translation>
    </message>
    <message>
        <source>%1: the chain is broken (it does not follow entry %2 as written)</source>
        <translation>%1: the chain is broken (it does not follow entry %2 as written)</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1: %2 is missing</translation>
    </message>
    <message>
        <source>%1: %2 was altered (SHA-256 differs)</source>
        <translation>%1: %2 was altered (SHA-256 differs)</translation>
    </message>
    <message>
        <source>%1: %2 was added after publication</source>
        <translation>%1: %2 was added after publication</translation>
    </message>
    <message>
        <source>cannot create the archive folder</source>
        <translation>cannot create the archive folder</translation>
    </message>
    <message>
        <source>cannot create the entry folder</source>
        <translation>cannot create the entry folder</translation>
    </message>
    <message>
        <source>already exists; another publication is under way?</source>
        <translation>already exists; another publication is under way?</translation>
    </message>
    <message>
        <source>cannot move the new entry into place</source>
        <translation>cannot move the new entry into place</translation>
    </message>
    <message>
        <source>cannot remove the entry</source>
        <translation>cannot remove the entry</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Changes since the last published revision</source>
        <translation>Changes since the last published revision</translation>
    </message>
    <message>
        <source>As decided above</source>
        <translation>As decided above</translation>
    </message>
    <message>
        <source>Ask visitors again</source>
        <translation>Ask visitors again</translation>
    </message>
    <message>
        <source>Do not ask visitors again</source>
        <translation>Do not ask visitors again</translation>
    </message>
    <message>
        <source>Why you decide otherwise (kept in the archive)</source>
        <translation>Why you decide otherwise (kept in the archive)</translation>
    </message>
    <message>
        <source>Shown with this revision in the charter's history</source>
        <translation>Shown with this revision in the charter's history</translation>
    </message>
    <message>
        <source>Why publish despite the errors (kept in the archive)</source>
        <translation>Why publish despite the errors (kept in the archive)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Publish anyway because:</source>
        <translation>Publish anyway because:</translation>
    </message>
    <message>
        <source>Save the document first: the archive of published revisions is kept beside it.</source>
        <translation>Save the document first: the archive of published revisions is kept beside it.</translation>
    </message>
    <message>
        <source>First publication of revision %1. The archive will be created in %2.</source>
        <translation>First publication of revision %1. The archive will be created in %2.</translation>
    </message>
    <message>
        <source>Changes since revision %1, published on %2:</source>
        <translation>Changes since revision %1, published on %2:</translation>
    </message>
    <message>
        <source>Visitors must be asked again for this change</source>
        <translation>Visitors must be asked again for this change</translation>
    </message>
    <message>
        <source>Nothing changed since the last publication: there is nothing to publish.</source>
        <translation>Nothing changed since the last publication: there is nothing to publish.</translation>
    </message>
    <message>
        <source>Visitors are asked when they first come; the revision stays %1.</source>
        <translation>Visitors are asked when they first come; the revision stays %1.</translation>
    </message>
    <message>
        <source>Visitors must be asked again (%1): the revision goes from %2 to %3.</source>
        <translation>Visitors must be asked again (%1): the revision goes from %2 to %3.</translation>
    </message>
    <message>
        <source>Visitors need not be asked again: these changes do not widen what they agreed to. The revision stays %1.</source>
        <translation>Visitors need not be asked again: these changes do not widen what they agreed to. The revision stays %1.</translation>
    </message>
    <message>
        <source>You decide to ask again: the revision becomes %1.</source>
        <translation>You decide to ask again: the revision becomes %1.</translation>
    </message>
    <message>
        <source>You decide not to ask again: the revision stays %1.</source>
        <translation>You decide not to ask again: the revision stays %1.</translation>
    </message>
    <message numerus="yes">
        <source>The checker reports %n error(s), the first: %1</source>
        <translation>
            <numerusform>The checker reports %n error, the first: %1</numerusform>
            <numerusform>The checker reports %n errors, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>overriding the decision to ask visitors again needs a reason</source>
        <translation>overriding the decision to ask visitors again needs a reason</translation>
    </message>
    <message>
        <source>this is the first publication: there is no earlier consent to ask again</source>
        <translation>this is the first publication: there is no earlier consent to ask again</translation>
    </message>
    <message numerus="yes">
        <source>the checker reports %n error(s); correct them, or publish anyway with a reason (--force REASON)</source>
        <translation>
            <numerusform>the checker reports %n error; correct them, or publish anyway with a reason (--force REASON)</numerusform>
            <numerusform>the checker reports %n errors; correct them, or publish anyway with a reason (--force REASON)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed since revision %1 was published on %2; nothing was written</source>
        <translation>nothing changed since revision %1 was published on %2; nothing was written</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move the cookies to</source>
        <translation>Move the cookies to</translation>
    </message>
</context>
<context>
    <name>RevisionViewer</name>
    <message>
        <source>Revision %1 of %2 (read-only)</source>
        <translation>Revision %1 of %2 (read-only)</translation>
    </message>
    <message>
        <source>Revision %1, published on %2.</source>
        <translation>Revision %1, published on %2.</translation>
    </message>
    <message>
        <source>Revision %1, published on %2 by %3.</source>
        <translation>Revision %1, published on %2 by %3.</translation>
    </message>
    <message>
        <source>Read-only: this is the document as it was published, not the one you edit.</source>
        <translation>Read-only: this is the document as it was published, not the one you edit.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Categories (%1)</translation>
    </message>
    <message>
        <source>Providers (%1)</source>
        <translation>Providers (%1)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Save a Copy As…</translation>
    </message>
    <message>
        <source>Write this revision to a new file, to open and edit it; the archive stays as it is</source>
        <translation>Write this revision to a new file, to open and edit it; the archive stays as it is</translation>
    </message>
    <message>
        <source>This entry of the archive holds no charter page.</source>
        <translation>This entry of the archive holds no charter page.</translation>
    </message>
    <message>
        <source>This file of the archive cannot be read: %1</source>
        <translation>This file of the archive cannot be read: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
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
        <translation>no (necessary)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>The copy was not written: %1</source>
        <translation>The copy was not written: %1</translation>
    </message>
    <message>
        <source>Revision %1 written to %2. Open it to edit it; the archive is unchanged.</source>
        <translation>Revision %1 written to %2. Open it to edit it; the archive is unchanged.</translation>
    </message>
    <message>
        <source>Save a Copy of the Revision</source>
        <translation>Save a Copy of the Revision</translation>
    </message>
    <message>
        <source>Charte documents (*.charte.json)</source>
        <translation>Charte documents (*.charte.json)</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan Site</source>
        <translation>Scan Site</translation>
    </message>
    <message>
        <source>Site &amp;URL:</source>
        <translation>Site &amp;URL:</translation>
    </message>
    <message>
        <source>https://www.example.org/</source>
        <translation>https://www.example.org/</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>&amp;Pages at most:</source>
        <translation>&amp;Pages at most:</translation>
    </message>
    <message>
        <source>Link &amp;depth:</source>
        <translation>Link &amp;depth:</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Scan</source>
        <translation>Ca&amp;ncel Scan</translation>
    </message>
    <message>
        <source>Open &amp;Evidence File…</source>
        <translation>Open &amp;Evidence File…</translation>
    </message>
    <message>
        <source>&amp;Add to Inventory</source>
        <translation>&amp;Add to Inventory</translation>
    </message>
    <message>
        <source>Add a row for each undeclared cookie, in one step you can undo.</source>
        <translation>Add a row for each undeclared cookie, in one step you can undo.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Third-Party Hosts</source>
        <translation>Third-Party Hosts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>First Seen On</source>
        <translation>First Seen On</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Scan log</translation>
    </message>
    <message>
        <source>Observed cookies</source>
        <translation>Observed cookies</translation>
    </message>
    <message>
        <source>Third-party hosts</source>
        <translation>Third-party hosts</translation>
    </message>
    <message>
        <source>Open Evidence File</source>
        <translation>Open Evidence File</translation>
    </message>
    <message>
        <source>Evidence (*.har *.json);;HAR files (*.har);;Website Evidence Collector (*.json);;All files (*)</source>
        <translation>Evidence (*.har *.json);;HAR files (*.har);;Website Evidence Collector (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Read %1.</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>First party</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) failed (see the log)</source>
        <translation>
            <numerusform>%n URL failed (see the log)</numerusform>
            <numerusform>%n URLs failed (see the log)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: partial report</source>
        <translation>cancelled: partial report</translation>
    </message>
    <message>
        <source>stopped by a limit</source>
        <translation>stopped by a limit</translation>
    </message>
    <message>
        <source>What to Scan</source>
        <translation>What to Scan</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Chromium (a real browser)</source>
        <translation>Chromium (a real browser)</translation>
    </message>
    <message>
        <source>HTTP requests only (no script runs)</source>
        <translation>HTTP requests only (no script runs)</translation>
    </message>
    <message>
        <source>Chromium sees cookies written by scripts, web storage and third-party frames, and clicks the banner's own buttons. Without Chromium, the scan uses HTTP requests.</source>
        <translation>Chromium sees cookies written by scripts, web storage and third-party frames, and clicks the banner's own buttons. Without Chromium, the scan uses HTTP requests.</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>Before any choice</source>
        <translation>Before any choice</translation>
    </message>
    <message>
        <source>&amp;Refusal control:</source>
        <translation>&amp;Refusal control:</translation>
    </message>
    <message>
        <source>Acce&amp;ptance control:</source>
        <translation>Acce&amp;ptance control:</translation>
    </message>
    <message>
        <source>CSS selector; empty: known banners</source>
        <translation>CSS selector; empty: known banners</translation>
    </message>
    <message>
        <source>Declared &amp;site:</source>
        <translation>Declared &amp;site:</translation>
    </message>
    <message>
        <source>the host the inventory describes</source>
        <translation>the host the inventory describes</translation>
    </message>
    <message>
        <source>When you scan a staging copy, the host the inventory describes: the copy's own cookies then match the declared first-party cookies.</source>
        <translation>When you scan a staging copy, the host the inventory describes: the copy's own cookies then match the declared first-party cookies.</translation>
    </message>
    <message>
        <source>Si&amp;multaneous requests:</source>
        <translation>Si&amp;multaneous requests:</translation>
    </message>
    <message>
        <source>&amp;Timeout per page (s):</source>
        <translation>&amp;Timeout per page (s):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Sa&amp;ve Report…</translation>
    </message>
    <message>
        <source>Save the report as HTML or JSON, with the screenshots beside it.</source>
        <translation>Save the report as HTML or JSON, with the screenshots beside it.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Web Storage</source>
        <translation>Web Storage</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Written By</source>
        <translation>Written By</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Phase shown</source>
        <translation>Phase shown</translation>
    </message>
    <message>
        <source>Web storage keys</source>
        <translation>Web storage keys</translation>
    </message>
    <message>
        <source>No scan yet. Charte visits the site as a new visitor would, refuses, then accepts, and compares what is stored with the inventory.</source>
        <translation>No scan yet. Charte visits the site as a new visitor would, refuses, then accepts, and compares what is stored with the inventory.</translation>
    </message>
    <message>
        <source>%1. Scanning with HTTP requests instead: no script runs and no consent phase can be tested.</source>
        <translation>%1. Scanning with HTTP requests instead: no script runs and no consent phase can be tested.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>%1 of %2 page(s)</source>
        <translation>%1 of %2 page(s)</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP requests</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>evidence file</translation>
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
            <numerusform>%n cookie observed</numerusform>
            <numerusform>%n cookies observed</numerusform>
        </translation>
    </message>
    <message>
        <source>no Chromium: only the visit before any choice was scanned</source>
        <translation>no Chromium: only the visit before any choice was scanned</translation>
    </message>
    <message>
        <source>HTTP header</source>
        <translation>HTTP header</translation>
    </message>
    <message>
        <source>A script</source>
        <translation>A script</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>Web Storage (%1)</source>
        <translation>Web Storage (%1)</translation>
    </message>
    <message>
        <source>Third-Party Hosts (%1)</source>
        <translation>Third-Party Hosts (%1)</translation>
    </message>
    <message>
        <source>Screenshots (%1)</source>
        <translation>Screenshots (%1)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Not run: no Chromium</source>
        <translation>Not run: no Chromium</translation>
    </message>
    <message>
        <source>Refusal control not found</source>
        <translation>Refusal control not found</translation>
    </message>
    <message>
        <source>Acceptance control not found</source>
        <translation>Acceptance control not found</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Start page not loaded</source>
        <translation>Start page not loaded</translation>
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
        <translation>Save Scan Report</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON report (*.json)</source>
        <translation>HTML report (*.html);;JSON report (*.json)</translation>
    </message>
    <message>
        <source>the open document</source>
        <translation>the open document</translation>
    </message>
    <message>
        <source>After refusing (clicks "reject all")</source>
        <translation>After refusing (clicks "reject all")</translation>
    </message>
    <message>
        <source>After accepting (clicks "accept all")</source>
        <translation>After accepting (clicks "accept all")</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Scan failed: %1 could not be loaded, so nothing was observed (see the log).</source>
        <translation>Scan failed: %1 could not be loaded, so nothing was observed (see the log).</translation>
    </message>
    <message>
        <source>Left empty, it is %1, the document's site.</source>
        <translation>Left empty, it is %1, the document's site.</translation>
    </message>
</context>
<context>
    <name>ScanHtmlReport</name>
    <message>
        <source>No finding in this phase.</source>
        <translation>No finding in this phase.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
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
        <translation>No cookie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>First seen on</source>
        <translation>First seen on</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>first party</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>third party</translation>
    </message>
    <message>
        <source>HTTP header</source>
        <translation>HTTP header</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>a script</translation>
    </message>
    <message>
        <source>Storage keys (%1)</source>
        <translation>Storage keys (%1)</translation>
    </message>
    <message>
        <source>No storage key.</source>
        <translation>No storage key.</translation>
    </message>
    <message>
        <source>Not observed: this engine runs no script.</source>
        <translation>Not observed: this engine runs no script.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Value length</source>
        <translation>Value length</translation>
    </message>
    <message>
        <source>Third-party hosts contacted (%1)</source>
        <translation>Third-party hosts contacted (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>The pages were visited without touching anything.</source>
        <translation>The pages were visited without touching anything.</translation>
    </message>
    <message>
        <source>In a fresh browser profile, the site's refusal control was clicked: </source>
        <translation>In a fresh browser profile, the site's refusal control was clicked: </translation>
    </message>
    <message>
        <source>In a fresh browser profile, the site's acceptance control was clicked: </source>
        <translation>In a fresh browser profile, the site's acceptance control was clicked: </translation>
    </message>
    <message>
        <source>No refusal control was found: this phase could not test the refusal.</source>
        <translation>No refusal control was found: this phase could not test the refusal.</translation>
    </message>
    <message>
        <source>No acceptance control was found: this phase could not test the acceptance.</source>
        <translation>No acceptance control was found: this phase could not test the acceptance.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cookie scan of %1</source>
        <translation>Cookie scan of %1</translation>
    </message>
    <message>
        <source>Scanned on</source>
        <translation>Scanned on</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Chromium, a real browser</source>
        <translation>Chromium, a real browser</translation>
    </message>
    <message>
        <source>HTTP requests only (no script runs)</source>
        <translation>HTTP requests only (no script runs)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Declared site</source>
        <translation>Declared site</translation>
    </message>
    <message>
        <source>No policy was given: what the site does was not compared with an inventory.</source>
        <translation>No policy was given: what the site does was not compared with an inventory.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Pages that failed (%1)</source>
        <translation>Pages that failed (%1)</translation>
    </message>
    <message>
        <source>In no phase</source>
        <translation>In no phase</translation>
    </message>
    <message>
        <source>Written by Charte. Cookie values are never recorded, only their length.</source>
        <translation>Written by Charte. Cookie values are never recorded, only their length.</translation>
    </message>
</context>
<context>
    <name>ScanReportFiles</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: not a folder</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: the folder cannot be created</translation>
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
        <translation>unknown</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Scan of %1</translation>
    </message>
    <message>
        <source>%1 page(s) crawled, %2 request(s), %3 link(s) with other schemes skipped</source>
        <translation>%1 page(s) crawled, %2 request(s), %3 link(s) with other schemes skipped</translation>
    </message>
    <message>
        <source>A limit (pages, depth, requests or time) stopped the crawl early.</source>
        <translation>A limit (pages, depth, requests or time) stopped the crawl early.</translation>
    </message>
    <message>
        <source>The scan was cancelled: the report is partial.</source>
        <translation>The scan was cancelled: the report is partial.</translation>
    </message>
    <message>
        <source>Cookies set before any choice (%1)</source>
        <translation>Cookies set before any choice (%1)</translation>
    </message>
    <message>
        <source>first party</source>
        <translation>first party</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>third party</translation>
    </message>
    <message>
        <source>first seen on %1</source>
        <translation>first seen on %1</translation>
    </message>
    <message>
        <source>Third-party hosts contacted (%1)</source>
        <translation>Third-party hosts contacted (%1)</translation>
    </message>
    <message>
        <source>Set-Cookie headers a browser would refuse (%1)</source>
        <translation>Set-Cookie headers a browser would refuse (%1)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>No policy given (--policy FILE): observed cookies were not compared with an inventory.</source>
        <translation>No policy given (--policy FILE): observed cookies were not compared with an inventory.</translation>
    </message>
    <message>
        <source>Findings against %1</source>
        <translation>Findings against %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 error(s), %2 warning(s), %3 note(s)</translation>
    </message>
    <message>
        <source>Before any choice</source>
        <translation>Before any choice</translation>
    </message>
    <message>
        <source>After refusing</source>
        <translation>After refusing</translation>
    </message>
    <message>
        <source>After accepting</source>
        <translation>After accepting</translation>
    </message>
    <message>
        <source>Whole scan</source>
        <translation>Whole scan</translation>
    </message>
    <message>
        <source>Refusal control clicked: %1</source>
        <translation>Refusal control clicked: %1</translation>
    </message>
    <message>
        <source>Acceptance control clicked: %1</source>
        <translation>Acceptance control clicked: %1</translation>
    </message>
    <message>
        <source>No refusal control found: this phase is a visit without any choice.</source>
        <translation>No refusal control found: this phase is a visit without any choice.</translation>
    </message>
    <message>
        <source>No acceptance control found: this phase is a visit without any choice.</source>
        <translation>No acceptance control found: this phase is a visit without any choice.</translation>
    </message>
    <message>
        <source>Engine: Chromium (a real browser)</source>
        <translation>Engine: Chromium (a real browser)</translation>
    </message>
    <message>
        <source>Engine: HTTP (no scripts run: cookies written by JavaScript are not seen)</source>
        <translation>Engine: HTTP (no scripts run: cookies written by JavaScript are not seen)</translation>
    </message>
    <message>
        <source>Cookies in the browser (%1)</source>
        <translation>Cookies in the browser (%1)</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>written by %1</translation>
    </message>
    <message>
        <source>Storage keys (%1)</source>
        <translation>Storage keys (%1)</translation>
    </message>
</context>
<context>
    <name>ScanRules</name>
    <message>
        <source>Cookie "%1" (%2) is set by the site but is not declared in the inventory.</source>
        <translation>Cookie "%1" (%2) is set by the site but is not declared in the inventory.</translation>
    </message>
    <message>
        <source>Declared cookie "%1" was never seen.</source>
        <translation>Declared cookie "%1" was never seen.</translation>
    </message>
    <message>
        <source>Cookie "%1" lives %2, longer than the declared %3.</source>
        <translation>Cookie "%1" lives %2, longer than the declared %3.</translation>
    </message>
    <message>
        <source>Cookie "%1" (%2) is set before any choice, but it needs consent.</source>
        <translation>Cookie "%1" (%2) is set before any choice, but it needs consent.</translation>
    </message>
    <message>
        <source>Cookie "%1" (%2) is set before any choice and is not declared as exempt.</source>
        <translation>Cookie "%1" (%2) is set before any choice and is not declared as exempt.</translation>
    </message>
    <message>
        <source>The site contacts %1, a host of cookies that need consent, before any choice.</source>
        <translation>The site contacts %1, a host of cookies that need consent, before any choice.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Cookie "%1" (%2) is still set after the visitor refused, but it needs consent: the refusal is not honoured.</source>
        <translation>Cookie "%1" (%2) is still set after the visitor refused, but it needs consent: the refusal is not honoured.</translation>
    </message>
    <message>
        <source>Cookie "%1" (%2) is set after the visitor refused and is not declared as exempt: the refusal is not honoured.</source>
        <translation>Cookie "%1" (%2) is set after the visitor refused and is not declared as exempt: the refusal is not honoured.</translation>
    </message>
    <message>
        <source>The site contacts %1, a host of cookies that need consent, after the visitor refused.</source>
        <translation>The site contacts %1, a host of cookies that need consent, after the visitor refused.</translation>
    </message>
    <message>
        <source>%2 key "%1" (%3) is written by the site but is not declared in the inventory.</source>
        <translation>%2 key "%1" (%3) is written by the site but is not declared in the inventory.</translation>
    </message>
    <message>
        <source>%2 key "%1" (%3) is written before any choice, but it needs consent.</source>
        <translation>%2 key "%1" (%3) is written before any choice, but it needs consent.</translation>
    </message>
    <message>
        <source>%2 key "%1" (%3) is written before any choice and is not declared as exempt.</source>
        <translation>%2 key "%1" (%3) is written before any choice and is not declared as exempt.</translation>
    </message>
    <message>
        <source>%2 key "%1" (%3) is still written after the visitor refused, but it needs consent: the refusal is not honoured.</source>
        <translation>%2 key "%1" (%3) is still written after the visitor refused, but it needs consent: the refusal is not honoured.</translation>
    </message>
    <message>
        <source>%2 key "%1" (%3) is written after the visitor refused and is not declared as exempt: the refusal is not honoured.</source>
        <translation>%2 key "%1" (%3) is written after the visitor refused and is not declared as exempt: the refusal is not honoured.</translation>
    </message>
    <message>
        <source>The banner's first layer offers an acceptance control (%1) but no refusal control: refusing must be as easy as accepting.</source>
        <translation>The banner's first layer offers an acceptance control (%1) but no refusal control: refusing must be as easy as accepting.</translation>
    </message>
    <message>
        <source>No refusal control was found on %1: the refusal could not be tested, so this phase shows a visit without any choice.</source>
        <translation>No refusal control was found on %1: the refusal could not be tested, so this phase shows a visit without any choice.</translation>
    </message>
    <message>
        <source>No acceptance control was found on %1: the acceptance could not be tested, so this phase shows a visit without any choice.</source>
        <translation>No acceptance control was found on %1: the acceptance could not be tested, so this phase shows a visit without any choice.</translation>
    </message>
    <message>
        <source>The start page %1 could not be loaded in this phase: nothing it would have shown was checked.</source>
        <translation>The start page %1 could not be loaded in this phase: nothing it would have shown was checked.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Write the section's text here.</source>
        <translation>Write the section's text here.</translation>
    </message>
    <message>
        <source>Not translated yet. In %1: %2</source>
        <translation>Not translated yet. In %1: %2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text and cookie tables of all categories</source>
        <translation>Text and cookie tables of all categories</translation>
    </message>
    <message>
        <source>Text and cookie table: %1</source>
        <translation>Text and cookie table: %1</translation>
    </message>
    <message>
        <source>Cookie table of unknown category %1</source>
        <translation>Cookie table of unknown category %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>&amp;Shows:</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>What the section shows</source>
        <translation>What the section shows</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <source>The cookie table comes after this text, built from the inventory.</source>
        <translation>The cookie table comes after this text, built from the inventory.</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Bold (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italic (%1)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Make the selection a link (%1)</source>
        <translation>Make the selection a link (%1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…); empty removes the link:</source>
        <translation>Address (https://… or mailto:…); empty removes the link:</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the letter on the Bold button</comment>
        <translation>B</translation>
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
        <translation>(untitled section)</translation>
    </message>
    <message>
        <source>Text section</source>
        <translation>Text section</translation>
    </message>
    <message>
        <source>Shows the cookie tables of all categories</source>
        <translation>Shows the cookie tables of all categories</translation>
    </message>
    <message>
        <source>Shows the cookie table of the category "%1"</source>
        <translation>Shows the cookie table of the category "%1"</translation>
    </message>
</context>
<context>
    <name>SetCookieParser</name>
    <message>
        <source>control character in the header</source>
        <translation>control character in the header</translation>
    </message>
    <message>
        <source>no '=' between cookie name and value</source>
        <translation>no '=' between cookie name and value</translation>
    </message>
    <message>
        <source>empty cookie name and value</source>
        <translation>empty cookie name and value</translation>
    </message>
    <message>
        <source>empty cookie name</source>
        <translation>empty cookie name</translation>
    </message>
    <message>
        <source>name and value longer than 4096 bytes</source>
        <translation>name and value longer than 4096 bytes</translation>
    </message>
    <message>
        <source>Domain=%1 does not cover the host %2</source>
        <translation>Domain=%1 does not cover the host %2</translation>
    </message>
    <message>
        <source>Secure cookie set from an insecure origin</source>
        <translation>Secure cookie set from an insecure origin</translation>
    </message>
    <message>
        <source>SameSite=None without Secure</source>
        <translation>SameSite=None without Secure</translation>
    </message>
    <message>
        <source>__Secure- prefix without Secure from a secure origin</source>
        <translation>__Secure- prefix without Secure from a secure origin</translation>
    </message>
    <message>
        <source>__Host- prefix needs Secure, Path=/ and no Domain</source>
        <translation>__Host- prefix needs Secure, Path=/ and no Domain</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message numerus="yes">
        <source>Time limit of %n second(s) reached: stopping.</source>
        <translation>
            <numerusform>Time limit of %n second reached: stopping.</numerusform>
            <numerusform>Time limit of %n seconds reached: stopping.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an http or https URL: not scanned</source>
        <translation>not an http or https URL: not scanned</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1 (at most %n page(s)).</source>
        <translation>
            <numerusform>Scanning %1 (at most %n page).</numerusform>
            <numerusform>Scanning %1 (at most %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Page limit of %n page(s) reached: further links are not followed.</source>
        <translation>
            <numerusform>Page limit of %n page reached: further links are not followed.</numerusform>
            <numerusform>Page limit of %n pages reached: further links are not followed.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error on %1: %2</source>
        <translation>TLS error on %1: %2</translation>
    </message>
    <message>
        <source>Cookie refused on %1: %2 (%3)</source>
        <translation>Cookie refused on %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Cookie %1 (%2) set by %3</source>
        <translation>Cookie %1 (%2) set by %3</translation>
    </message>
    <message>
        <source>Error on %1: %2</source>
        <translation>Error on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s): stopped</source>
        <translation>
            <numerusform>no complete answer within %n second: stopped</numerusform>
            <numerusform>no complete answer within %n seconds: stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>response larger than %1: stopped</source>
        <translation>response larger than %1: stopped</translation>
    </message>
    <message>
        <source>redirect to a non-http(s) URL (%1) not followed</source>
        <translation>redirect to a non-http(s) URL (%1) not followed</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped</source>
        <translation>
            <numerusform>more than %n redirect: stopped</numerusform>
            <numerusform>more than %n redirects: stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>Redirect %1 → %2</source>
        <translation>Redirect %1 → %2</translation>
    </message>
    <message>
        <source>The site is now %1.</source>
        <translation>The site is now %1.</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>Done: %1 page(s), %2 request(s), %3 cookie(s), %4 third-party host(s), %5 error(s).</source>
        <translation>Done: %1 page(s), %2 request(s), %3 cookie(s), %4 third-party host(s), %5 error(s).</translation>
    </message>
    <message>
        <source>nested %1 levels deep, more than the %2 Charte reads; page skipped</source>
        <translation>nested %1 levels deep, more than the %2 Charte reads; page skipped</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Document closed</source>
        <translation>Document closed</translation>
    </message>
    <message>
        <source>New document from the template "%1"</source>
        <translation>New document from the template "%1"</translation>
    </message>
    <message>
        <source>The last document could not be reopened: %1</source>
        <translation>The last document could not be reopened: %1</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Document at Start</source>
        <translation>&amp;Reopen Last Document at Start</translation>
    </message>
    <message>
        <source>When Charte starts without a file, open the document that was open when it was closed</source>
        <translation>When Charte starts without a file, open the document that was open when it was closed</translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation>No document is open</translation>
    </message>
    <message>
        <source>Charte keeps a site's cookie charter and consent banner in one document, and checks them against the rules. Open a document or start a new one.</source>
        <translation>Charte keeps a site's cookie charter and consent banner in one document, and checks them against the rules. Open a document or start a new one.</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>&amp;Recent documents</translation>
    </message>
    <message>
        <source>No recent document. Documents you open or save appear here.</source>
        <translation>No recent document. Documents you open or save appear here.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>New from template</translation>
    </message>
    <message>
        <source>Open-data platform</source>
        <translation>Open-data platform</translation>
    </message>
    <message>
        <source>The default charter: a portal run on Opendatasoft, with its necessary and audience-measurement cookies.</source>
        <translation>The default charter: a portal run on Opendatasoft, with its necessary and audience-measurement cookies.</translation>
    </message>
    <message>
        <source>Town website</source>
        <translation>Town website</translation>
    </message>
    <message>
        <source>A town's site with audience measurement (Matomo) and embedded YouTube videos.</source>
        <translation>A town's site with audience measurement (Matomo) and embedded YouTube videos.</translation>
    </message>
    <message>
        <source>Reopen the last document when Charte starts</source>
        <translation>Reopen the last document when Charte starts</translation>
    </message>
</context>
<context>
    <name>TarteaucitronExporter</name>
    <message>
        <source>tarteaucitron has eight service groups; these categories share the group of another: %1</source>
        <translation>tarteaucitron has eight service groups; these categories share the group of another: %1</translation>
    </message>
    <message>
        <source>%1: tarteaucitron's services are JavaScript; write a .js file</source>
        <translation>%1: tarteaucitron's services are JavaScript; write a .js file</translation>
    </message>
    <message>
        <source>tarteaucitron honours consent lifetimes below 365 days only; it keeps the choice 365 days, not %1</source>
        <translation>tarteaucitron honours consent lifetimes below 365 days only; it keeps the choice 365 days, not %1</translation>
    </message>
    <message>
        <source>tarteaucitron has one "mandatory cookies" block: it shows the first required category's texts only</source>
        <translation>tarteaucitron has one "mandatory cookies" block: it shows the first required category's texts only</translation>
    </message>
    <message>
        <source>no cookie needs consent: tarteaucitron shows no banner</source>
        <translation>no cookie needs consent: tarteaucitron shows no banner</translation>
    </message>
    <message>
        <source>tarteaucitron shows no cookie table with purposes and lifetimes; cookies of required categories are not listed</source>
        <translation>tarteaucitron shows no cookie table with purposes and lifetimes; cookies of required categories are not listed</translation>
    </message>
    <message>
        <source>tarteaucitron has no interface strings for: %1</source>
        <translation>tarteaucitron has no interface strings for: %1</translation>
    </message>
    <message>
        <source>tarteaucitron updates Google Consent Mode only for its own Google services, not for the services of this export</source>
        <translation>tarteaucitron updates Google Consent Mode only for its own Google services, not for the services of this export</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLibraries</name>
    <message>
        <source>windows, text layout, PDF, networking</source>
        <translation>windows, text layout, PDF, networking</translation>
    </message>
    <message>
        <source>CommonMark in charter sections</source>
        <translation>CommonMark in charter sections</translation>
    </message>
    <message>
        <source>HTML parsing for the scanner and charter import</source>
        <translation>HTML parsing for the scanner and charter import</translation>
    </message>
    <message>
        <source>reading documents</source>
        <translation>reading documents</translation>
    </message>
    <message>
        <source>registrable domains of scanned cookies</source>
        <translation>registrable domains of scanned cookies</translation>
    </message>
    <message>
        <source>the data libpsl reads</source>
        <translation>the data libpsl reads</translation>
    </message>
    <message>
        <source>country names in the interface language</source>
        <translation>country names in the interface language</translation>
    </message>
</context>
<context>
    <name>TranslationModel</name>
    <message>
        <source>Banner · title</source>
        <translation>Banner · title</translation>
    </message>
    <message>
        <source>Banner · description</source>
        <translation>Banner · description</translation>
    </message>
    <message>
        <source>Banner · accept all</source>
        <translation>Banner · accept all</translation>
    </message>
    <message>
        <source>Banner · reject all</source>
        <translation>Banner · reject all</translation>
    </message>
    <message>
        <source>Banner · customise</source>
        <translation>Banner · customise</translation>
    </message>
    <message>
        <source>Banner · save choices</source>
        <translation>Banner · save choices</translation>
    </message>
    <message>
        <source>Banner · manage cookies link</source>
        <translation>Banner · manage cookies link</translation>
    </message>
    <message>
        <source>Section "%1" · title</source>
        <translation>Section "%1" · title</translation>
    </message>
    <message>
        <source>Section "%1" · text</source>
        <translation>Section "%1" · text</translation>
    </message>
    <message>
        <source>Category %1 · name</source>
        <translation>Category %1 · name</translation>
    </message>
    <message>
        <source>Category %1 · description</source>
        <translation>Category %1 · description</translation>
    </message>
    <message>
        <source>Cookie %1 · service</source>
        <translation>Cookie %1 · service</translation>
    </message>
    <message>
        <source>Cookie %1 · purpose</source>
        <translation>Cookie %1 · purpose</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>Not translated into %1 yet</source>
        <translation>Not translated into %1 yet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>Translation (%1)</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choose two different languages.</translation>
    </message>
    <message numerus="yes">
        <source>All %n text(s) are translated.</source>
        <translation>
            <numerusform>The %n text is translated.</numerusform>
            <numerusform>All %n texts are translated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n text(s) not translated yet.</source>
        <translation>
            <numerusform>%1 of %n text not translated yet.</numerusform>
            <numerusform>%1 of %n texts not translated yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Into:</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Source language</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Target language</translation>
    </message>
    <message>
        <source>Only &amp;missing</source>
        <translation>Only &amp;missing</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Texts and their translations</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add provider %1</source>
        <translation>Add provider %1</translation>
    </message>
    <message>
        <source>Change provider %1</source>
        <translation>Change provider %1</translation>
    </message>
    <message>
        <source>Remove provider %1</source>
        <translation>Remove provider %1</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Add category %1</translation>
    </message>
    <message>
        <source>Change category %1</source>
        <translation>Change category %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Remove category %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Remove section "%1"</source>
        <translation>Remove section "%1"</translation>
    </message>
    <message>
        <source>Move section "%1"</source>
        <translation>Move section "%1"</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <source>Edit section text</source>
        <translation>Edit section text</translation>
    </message>
    <message>
        <source>Make the section plain text</source>
        <translation>Make the section plain text</translation>
    </message>
    <message>
        <source>Show the cookie table in the section</source>
        <translation>Show the cookie table in the section</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Add language %1</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Remove language %1</translation>
    </message>
    <message>
        <source>Make %1 the default language</source>
        <translation>Make %1 the default language</translation>
    </message>
    <message>
        <source>Edit banner text</source>
        <translation>Edit banner text</translation>
    </message>
    <message>
        <source>Edit the service of cookie %1</source>
        <translation>Edit the service of cookie %1</translation>
    </message>
    <message>
        <source>Edit the purpose of cookie %1</source>
        <translation>Edit the purpose of cookie %1</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Edit category %1</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>service and location</source>
        <translation>service and location</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>lifetime</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>storage</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <source>unnamed cookie</source>
        <translation>unnamed cookie</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Add cookie %1</source>
        <translation>Add cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n cookies</source>
        <translation>
            <numerusform>Add %n cookie</numerusform>
            <numerusform>Add %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate cookie %1</source>
        <translation>Duplicate cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cookies</source>
        <translation>
            <numerusform>Duplicate %n cookie</numerusform>
            <numerusform>Duplicate %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove cookie %1</source>
        <translation>Remove cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cookies</source>
        <translation>
            <numerusform>Remove %n cookie</numerusform>
            <numerusform>Remove %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cookie %1</source>
        <translation>Move cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cookies</source>
        <translation>
            <numerusform>Move %n cookie</numerusform>
            <numerusform>Move %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cookies</source>
        <translation>
            <numerusform>Import %n cookie</numerusform>
            <numerusform>Import %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n observed cookie(s)</source>
        <translation>
            <numerusform>Add %n observed cookie</numerusform>
            <numerusform>Add %n observed cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the charter as updated</source>
        <translation>Mark the charter as updated</translation>
    </message>
    <message>
        <source>New provider %1</source>
        <translation>New provider %1</translation>
    </message>
    <message>
        <source>Change banner layout</source>
        <translation>Change banner layout</translation>
    </message>
    <message>
        <source>Change banner position</source>
        <translation>Change banner position</translation>
    </message>
    <message>
        <source>Edit consent cookie name</source>
        <translation>Edit consent cookie name</translation>
    </message>
    <message>
        <source>Change consent lifetime</source>
        <translation>Change consent lifetime</translation>
    </message>
    <message>
        <source>Edit consent log address</source>
        <translation>Edit consent log address</translation>
    </message>
    <message>
        <source>Change policy revision</source>
        <translation>Change policy revision</translation>
    </message>
    <message>
        <source>Change Global Privacy Control handling</source>
        <translation>Change Global Privacy Control handling</translation>
    </message>
    <message>
        <source>Change Google Consent Mode</source>
        <translation>Change Google Consent Mode</translation>
    </message>
    <message>
        <source>Change banner colour</source>
        <translation>Change banner colour</translation>
    </message>
    <message>
        <source>Import the charter page</source>
        <translation>Import the charter page</translation>
    </message>
    <message>
        <source>Edit site name</source>
        <translation>Edit site name</translation>
    </message>
    <message>
        <source>Edit site address</source>
        <translation>Edit site address</translation>
    </message>
    <message>
        <source>Edit publisher</source>
        <translation>Edit publisher</translation>
    </message>
    <message>
        <source>Edit publisher's address</source>
        <translation>Edit publisher's address</translation>
    </message>
    <message>
        <source>Edit DPO contact</source>
        <translation>Edit DPO contact</translation>
    </message>
    <message>
        <source>Change the last-updated date</source>
        <translation>Change the last-updated date</translation>
    </message>
    <message>
        <source>Change the revision</source>
        <translation>Change the revision</translation>
    </message>
    <message>
        <source>Fill %1 from the known-cookie database</source>
        <translation>Fill %1 from the known-cookie database</translation>
    </message>
    <message>
        <source>Clear cells of cookie %1</source>
        <translation>Clear cells of cookie %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear cells of %n cookies</source>
        <translation>
            <numerusform>Clear cells of %n cookie</numerusform>
            <numerusform>Clear cells of %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>New category %1</translation>
    </message>
    <message>
        <source>Publish revision %1</source>
        <translation>Publish revision %1</translation>
    </message>
    <message>
        <source>Import %1 (%2)</source>
        <translation>Import %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>The user guide is missing from this build (%1).</source>
        <translation>The user guide is missing from this build (%1).</translation>
    </message>
    <message>
        <source>Charte User Guide</source>
        <translation>Charte User Guide</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>expected at most one FILE to open</source>
        <translation>expected at most one FILE to open</translation>
    </message>
</context>
</TS>
