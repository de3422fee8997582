// tarteaucitron as sites paste it from the project's installation page: init with
// the parameters, the account ids in tarteaucitron.user, one job push per service.
tarteaucitron.init({
    "privacyUrl": "https://www.commune-exemple.fr/donnees-personnelles", /* Privacy policy url */
    "bodyPosition": "bottom",
    "hashtag": "#tarteaucitron",
    "cookieName": "tarteaucitron",
    "orientation": "middle",
    "groupServices": false,
    "showDetailsOnClick": true,
    "serviceDefaultState": "wait",
    "showAlertSmall": false,
    "cookieslist": false,
    "closePopup": false,
    "showIcon": true,
    "iconPosition": "BottomRight",
    "adblocker": false,
    "DenyAllCta": true,
    "AcceptAllCta": true,
    "highPrivacy": true,
    "handleBrowserDNTRequest": false,
    "removeCredit": false,
    "moreInfoLink": true,
    "useExternalCss": false,
    "mandatory": true,
    "mandatoryCta": true,
});

tarteaucitron.user.gtagUa = 'G-ABCD1234';
tarteaucitron.user.gtagMore = function () { /* add here your optionnal gtag() */ };
(tarteaucitron.job = tarteaucitron.job || []).push('gtag');

(tarteaucitron.job = tarteaucitron.job || []).push('youtube');
(tarteaucitron.job = tarteaucitron.job || []).push('mapsembed');
