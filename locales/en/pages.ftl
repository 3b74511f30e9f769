# Pages staff write, the "Get involved" page, the staff home, the staff navigation, the translation queue and search.

nav-get-involved = Get involved
nav-footer = More about the Action Plan
nav-staff = Staff
nav-staff-home = Staff home
nav-group-delivery = Delivery
nav-group-results = Results
nav-group-content = Website
nav-group-members = Members
nav-group-account = Account

get-involved-title = Get involved
get-involved-intro = The Action Plan is designed with members, for members. Find out how national standards bodies, their stakeholders, experts, donors and partners can take part.
get-involved-empty = The ways to take part will be described here soon.

page-shown-in-source = This page has not been translated into your language yet; it is shown in { $language }.
page-translation-behind = The original text in { $language } has changed since this translation was made; the translation may be behind.
page-other-languages = Read this page in

admin-pages-title = Manage pages
admin-pages-empty = No pages in this list.
pages-by-status = Pages by status
pages-count = { $total ->
    [0] No pages
    [one] One page
   *[other] { $total } pages
}
page-new-title = Write a page
page-edit-title = Edit “{ $title }”
page-translate-title = { $language } translation of “{ $title }”
page-source-language-help = The language the page is written in first; translations follow this text. It cannot be changed later.
page-slug-help = The last part of the page's address, for example about-the-action-plan. Left empty, it is made from the title. Needed for a title in Arabic or Russian script.
page-slug-fixed = fixed since the page was first published, so that links to it keep working.
page-readers-live = the published page
page-readers-none = nothing: the page has not been published
page-needs-other-reviewer = Another member of staff reviews this page: only a reviewer other than its author, or an administrator, publishes it or asks for changes.
page-publish-when-help = Leave the date empty to publish now, or choose the moment the page appears and its time zone.
page-field-placement = Place in the site
page-placement-help = Where readers find a link to the page once it is published. Without a place, the page is reached only by its address.
page-placement-none = Only by its address
placement-header = Main navigation
placement-footer = Footer of every page
placement-get-involved = “Get involved” page (one audience)
page-field-position = Order
page-position-help = 1 comes first among the pages of the same place; from 1 to 99.
field-error-page-slug-exists = Another page already has this address.
field-error-page-slug-fixed-once-published = The address of a published page cannot change.
field-error-page-archived-not-editable = Reopen this archived page before editing it.
field-error-page-already-published = This page is already published: its publication date cannot be moved.
field-error-page-is-source-language = This is the language the page is written in: edit the page itself.
field-error-page-not-allowed-now = This step is not possible in the page's current status.
field-error-page-source-language-fixed = The language a page is written in cannot change.
field-error-invalid-position = Write a whole number from 1 to 99.

content-kind-story = Story
content-kind-page = Page

staff-home-title = Staff home
staff-home-attention = Needs attention
staff-home-nothing = Nothing is waiting: every queue is empty.
staff-home-stories-in-review = { $count ->
    [0] No story in review
    [one] One story in review
   *[other] { $count } stories in review
}
staff-home-pages-in-review = { $count ->
    [0] No page in review
    [one] One page in review
   *[other] { $count } pages in review
}
staff-home-translations-out-of-date = { $count ->
    [0] No translation out of date
    [one] One translation out of date
   *[other] { $count } translations out of date
}
staff-home-updates-submitted = { $count ->
    [0] No reported update to review
    [one] One reported update to review
   *[other] { $count } reported updates to review
}
staff-home-nominations = { $count ->
    [0] No nomination waiting for a decision
    [one] One nomination waiting for a decision
   *[other] { $count } nominations waiting for a decision
}
staff-home-imports = { $count ->
    [0] No participant import waiting to be applied
    [one] One participant import waiting to be applied
   *[other] { $count } participant imports waiting to be applied
}
staff-home-nominations-heading = Activities with nominations
staff-home-imports-heading = Participant imports not applied
staff-home-translations = Translation queue by language

translation-queue-title = Translation queue: { $language }
translation-queue-intro = Stories and pages whose translation is missing or behind its source text, those not translated at all first.
translation-queue-languages = Languages
translation-queue-empty = Nothing waits for a translation into this language.
translation-queue-count = { $total ->
    [one] One text to translate
   *[other] { $total } texts to translate
}
translation-queue-kind = Kind
translation-queue-state = Translation
translation-queue-projects = Projects whose translation is behind
translation-queue-projects-intro = Their English text has changed since this translation was saved: open the project, compare and save the translation again.
translation-queue-projects-missing = { $count ->
    [one] One public project without a text in this language
   *[other] { $count } public projects without a text in this language
}
translation-queue-projects-missing-intro = Readers of this language are shown their English text. Open a project and add its translation.

# Search.

nav-search = Search
search-title = Search
search-title-for = Search: { $query }
search-label = Words to search for
search-help = Projects, success stories, pages and members, in any of the site's languages. Every word must be found; other forms of a word count too (standard, standards).
search-submit = Search
search-prompt = Type one or more words to search the whole site.
search-kinds = Results by kind
search-kind-all = All
search-kind-project = Projects
search-kind-story = Stories
search-kind-page = Pages
search-kind-member = Members
search-count = { $total ->
    [0] No results
    [one] One result
   *[other] { $total } results
}
search-nothing = Nothing matches all these words. Try fewer words, or other words.
search-notice-search-no-words = There are no words to search for: type letters or digits, not only punctuation.
search-notice-search-too-long = This search is too long: type at most 500 characters.
search-count-capped = More than { $total } results; add a word to narrow them down.
