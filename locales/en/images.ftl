## The image library, and the lead image of stories and pages.

images-title = Images
images-intro = Upload a picture once, then use it as the lead image of a story or page (by its key) or place it in a text (copy the line shown beside it). Readers get it in the width their screen needs; the uploaded file itself, and what it says about where a photo was taken, are never published.
images-open-library = Open the image library (new tab)
images-field-file = Picture to upload
images-file-help = A JPEG, PNG or WebP file of at most 10 MB and 30 megapixels.
images-upload = Upload
images-uploaded = The picture has been added to the library.
images-already-there = This picture was already in the library: use the one below.
images-empty = No picture has been uploaded yet.
images-count = { $total ->
    [0] No pictures
    [one] One picture
   *[other] { $total } pictures
}
images-column-image = Picture
images-column-use = How to use it
images-column-uploaded = Uploaded
images-key = Key (lead image)
images-in-body = In a text
images-describe = describe the picture
images-dimensions = { $width } × { $height } pixels, { $kilobytes } KB

image-problem-empty = Choose a picture to upload.
image-problem-too-large = This file is larger than { $megabytes } MB: reduce its size and upload it again.
image-problem-not-an-image = This file is not a JPEG, PNG or WebP picture, whatever its name says.
image-problem-too-many-pixels = This picture is { $width } × { $height } pixels, more than { $megapixels } megapixels: reduce it and upload it again.
image-problem-too-wide = A side of this picture is longer than { $pixels } pixels: reduce it and upload it again.
image-problem-unreadable = This picture cannot be read ({ $detail }). Save it again from an image editor and upload the new file.

story-field-image = Lead image
story-image-help = The key of a picture from the image library, or its address (/media/…). Leave empty for none.
story-field-image-alt = Description of the lead image
story-image-alt-help = What the picture shows, for readers who cannot see it, written in this text's language. Required when there is a lead image.
field-error-lead-image-alt-required = Describe the lead image in this text's language, for readers who cannot see it.
field-error-image-key-invalid = This is not the key of a picture: copy it from the image library (32 letters and digits).
field-error-unknown-image = No picture of the library has this key: upload it first.
