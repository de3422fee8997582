#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
"""Fills translations/charte_en.ts after lupdate: English is the source language, so
every translation is its source text, and plural messages get their two English
forms ("%n cookie(s)" -> "%n cookie" / "%n cookies"). Entries already finished are
kept, so a hand-written plural stays. Run lupdate again afterwards to restore its
layout:

    python3 scripts/translations-fill-english.py
    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none model ui app \
        -ts translations/charte_fr.ts translations/charte_en.ts
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

# Singular forms a mechanical "(s)" rule gets wrong (verb agreement).
SINGULAR = {
    '%n cookie(s) belong to %1. Which category do they move to?':
        '%n cookie belongs to %1. Which category does it move to?',
    '%n cookie(s) are set by %1. Which provider sets them instead?':
        '%n cookie is set by %1. Which provider sets it instead?',
    'All %n text(s) are translated.': 'The %n text is translated.',
    '%n table(s) that list no cookies left out.': '%n table that lists no cookies left out.',
}


def english_forms(source):
    one = SINGULAR.get(source)
    if one is None:
        one = source.replace('y(ies)', 'y').replace('(s)', '')
        # "Add %n cookies": the source is already the plural.
        one = re.sub(r'%n (cookies|rows)\b', lambda m: '%n ' + m.group(1)[:-1], one)
    many = source.replace('y(ies)', 'ies').replace('(s)', 's')
    return one, many


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'translations', 'charte_en.ts')
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter('message'):
        translation = message.find('translation')
        if translation.get('type') != 'unfinished':
            continue
        source = message.findtext('source') or ''
        for child in list(translation):
            translation.remove(child)
        del translation.attrib['type']
        if message.get('numerus') == 'yes':
            for form in english_forms(source):
                ET.SubElement(translation, 'numerusform').text = form
            translation.text = None
        else:
            translation.text = source
        filled += 1
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding='unicode') + '\n')
    print(f'{os.path.basename(path)}: {filled} message(s) filled')


if __name__ == '__main__':
    main()
