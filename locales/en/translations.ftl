## Translation files (XLIFF) for translators who work outside apdc.

translation-files-title = Translating outside apdc (XLIFF)
translation-files-intro = Translators who work in their own tool (memoQ, Trados, OmegaT…) can download what waits as an XLIFF 2.0 file, one per source language, and upload the translated file here. Every text of the file is checked before anything is saved; a file with a refused text is not saved at all.
translation-file-export = Download the texts written in { $source } ({ $count ->
    [one] one item
   *[other] { $count } items
})
translation-file-field = Translated file (into { $language })
translation-file-help = An XLIFF 2.0 file downloaded from this page and translated, at most 5 MB.
translation-file-import = Import the translations
translation-file-imported = { $count ->
    [0] The file held no translation: nothing was saved.
    [one] One translation was saved from the file.
   *[other] { $count } translations were saved from the file.
}
translation-file-refused = { $count ->
    [one] One text of this file was refused, so nothing has been saved. Correct it and upload the file again.
   *[other] { $count } texts of this file were refused, so nothing has been saved. Correct them and upload the file again.
}
translation-file-refusals = Refused texts
translation-file-item = Item
translation-file-unit = Text
translation-file-reason = Why
translation-file-empty = Choose a translated file to upload.
translation-file-too-large = This file is larger than { $megabytes } MB.
translation-file-not-xml = This file is not well-formed XML ({ $detail }).
translation-file-doctype = This file declares a document type (DOCTYPE), which a translation file may not do.
translation-file-not-xliff = This file is not an XLIFF 2 file.
translation-file-version = This file is in XLIFF { $version }: export it from your tool in XLIFF 2.0.
translation-file-no-language = This file does not say its languages (the { $attribute } attribute of its xliff element is missing).
translation-file-too-many-units = This file holds more than { $max } texts.
translation-file-text-too-long = The text “{ $unit }” of this file is longer than { $max } characters.
translation-file-too-deep = This file nests elements more than { $max } levels deep.
translation-file-missing-id = An element “{ $element }” of this file has no id.
translation-file-wrong-language = This file's target language ({ $file }) is not this queue's ({ $language }): upload it on the queue of its own language.
field-error-unknown-item = No story or page has this file's id: download a new file.
field-error-unknown-unit = There is no text of this name: do not add units to the file.
field-error-markup-mismatch = The translation holds formatting codes the source does not have: keep those of the source.
field-error-source-language-mismatch = This item is not written in the file's source language.
field-error-no-source-version = The file does not say which version of the source was translated: download a new file.
field-error-pictures-differ = The translation must show the same pictures as the source: leave the /media/… lines as they are.
