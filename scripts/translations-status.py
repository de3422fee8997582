#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
"""State of the Qt Linguist catalogues in translations/.

For each .ts file: how many messages there are, how many are unfinished (no
translation, type="unfinished", or an empty plural form), and translations whose
placeholders (%1 … %9, %n) or accelerator (&) differ from the source text.

    python3 scripts/translations-status.py [--list] [translations/charte_fr.ts …]

Run lupdate first so the catalogues hold every string of the code, the way the
update_translations target does:

    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none model ui app \
        -ts translations/charte_fr.ts translations/charte_en.ts

Exit status: 0 when every message is finished and consistent, 1 otherwise.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:n|[1-9])')
# An accelerator is "&" before a letter; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r'(?<!&)&(?=[^&\s])')


def texts(translation):
    forms = translation.findall('numerusform')
    if forms:
        return [form.text or '' for form in forms]
    return [translation.text or '']


def check(path, show):
    root = ET.parse(path).getroot()
    total = 0
    unfinished = []
    inconsistent = []
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            forms = texts(translation)
            if translation.get('type') in ('unfinished',) or any(not f.strip() for f in forms):
                unfinished.append((name, source))
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            has_accel = bool(ACCELERATOR.search(source))
            for form in forms:
                found = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave out %n (e.g. "one text"), nothing else.
                if [p for p in wanted if p != '%n'] != [p for p in found if p != '%n'] or \
                        (found and set(found) - set(wanted)) or \
                        bool(ACCELERATOR.search(form)) != has_accel:
                    inconsistent.append((name, source, form))
                    break
    print(f'{os.path.basename(path)}: {total} messages, {len(unfinished)} unfinished, '
          f'{len(inconsistent)} with placeholders or accelerator differing from the source')
    if show:
        for name, source in unfinished:
            print(f'  unfinished  {name} | {source!r}')
        for name, source, form in inconsistent:
            print(f'  mismatch    {name} | {source!r} -> {form!r}')
    return not unfinished and not inconsistent


def main():
    args = sys.argv[1:]
    show = '--list' in args
    files = [a for a in args if a != '--list']
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(glob.glob(os.path.join(here, '..', 'translations', '*.ts')))
    ok = all([check(path, show) for path in files])
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
