# apdc — English messages. Every key here must exist in every other language.

language-name = English
site-name = Action Plan for developing countries
skip-to-content = Skip to content
demo-banner = Demonstration site: members come from the reference data; focal points and accounts marked "demo" are fictional.
nav-languages = Languages
nav-main = Main
nav-home = Home
nav-members = Members
nav-new-member = Add a member
nav-import = Import members
nav-my-member = My member
nav-api = API
signed-in-as = Signed in as { $name } ({ $role })
sign-in = Sign in
sign-out = Sign out
footer-about = The Action Plan for developing countries supports the national standards bodies of developing countries with technical assistance and training.

role-administrator = administrator
role-programme-officer = programme officer
role-focal-point = member focal point
role-donor-viewer = donor viewer
role-participant = participant

yes = Yes
no = No
not-known = not known
save = Save
cancel = Cancel
pagination = Pages
page-previous = Previous
page-next = Next
demo-record = demo

home-title = Home
home-heading = Action Plan for developing countries
home-purpose = The Action Plan is the framework for technical assistance and training that helps the national standards bodies of developing countries take an active part in international standardization and benefit fully from using standards.
home-objective = It is delivered through projects, eLearning, webinars, distance coaching, in-country advisory missions, training events and the sponsorship of experts to attend standards meetings, and it is monitored by members and donors against a results framework.
home-figures = Key figures
figure-members = members in the registry
figure-developing = developing-country members
figure-developing-share = of members are developing-country members
home-figures-note = Computed from the member registry. Each member's developing-country status is stored with its basis; see a member's page.
home-by-region = Members by region
home-by-category = Members by category
home-browse-members = Browse the members directory

column-region = Region
column-members = Members
column-developing = Developing-country members
column-share = Share of all members
column-category = Category
column-country = Country
column-acronym = Acronym
column-status = Status

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania

category-member-body = Member body
category-correspondent = Correspondent member
category-subscriber = Subscriber member

status-developing = Developing country
status-not-developing = Not a developing country

basis-iso-list = ISO list of developing countries
basis-dac-list = OECD DAC list of ODA recipients
basis-wb-income = World Bank income group
basis-ldc = UN least developed country
basis-un-m49-regions = UN M49 regions convention (outside Europe, Northern America, Japan, Australia and New Zealand)
basis-other = Other (see note)

members-title = Members
members-filter = Filter members
filter-text = Search
filter-any = Any
filter-apply = Apply filters
filter-reset = Reset
members-count = { $total ->
    [0] No member matches these filters.
    [one] Showing the only matching member.
   *[other] Showing { $first }–{ $last } of { $total } members.
}
members-empty = No member matches these filters. Try removing a filter.

member-basis = Basis of the status
member-ldc = Least developed country
member-lldc = Landlocked developing country
member-sids = Small island developing state
member-income = World Bank income group
member-contact = Contact
member-no-contact = No contact details recorded yet.
member-edit = Edit member
member-audit = Audit trail
member-source = Source
member-origin-staff = Corrected by staff.
member-origin-reference = As in the reference data.
member-source-link = source
member-new-title = Add a member
member-edit-title = Edit { $member }

field-website = Website
field-email = Email
field-phone = Telephone
field-address = Address
field-password = Password
field-alpha2 = Country code (ISO 3166-1 alpha-2)
field-alpha2-help = Two letters, for example KE for Kenya.
field-name = Name
field-basis-help = Why the member counts (or not) as a developing-country member.
field-basis-note = Note on the status
field-person-name = Name
field-position = Position

focal-points = Focal points
focal-points-none = No focal point recorded yet.
focal-point-add = Add a focal point
focal-point-remove = Remove
focal-point-remove-named = Remove { $name }
contacts-title = Contact details of { $member }
contacts-edit = Edit contact details and focal points

login-title = Sign in
login-failed = The email address or password is not correct, or the account is disabled.
login-help = Accounts are created by administrators. Ask the Capacity Building unit if you need one.

form-has-errors = Please correct the fields marked below.

audit-title = Audit trail of { $member }
audit-count = { $total ->
    [one] One entry.
   *[other] { $total } entries.
}
audit-empty = Nothing has been recorded for this member yet.
audit-when = When (UTC)
audit-who = Who
audit-what = What
audit-changes = Changes
audit-action-member-create = Member added
audit-action-member-update = Member edited
audit-action-member-update-contacts = Contact details edited
audit-action-member-refresh = Refreshed from reference data
audit-action-member-focal-point-add = Focal point added
audit-action-member-focal-point-remove = Focal point removed

import-title = Import members
import-upload = Upload a file
import-help = Upload a CSV file (UTF-8, comma-separated, one member per row). You will see, row by row, what would change before anything is written; nothing is written unless every row is accepted.
import-required-columns = Required columns:
import-optional-columns = Optional columns (when a column is left out, current values are kept):
import-download-current = Download the current list in this format
import-file = CSV file
import-preview = Preview the import
import-preview-title = Preview of { $file }
import-outcome = Outcome
import-outcome-add = to add
import-outcome-update = to update
import-outcome-unchanged = unchanged
import-outcome-rejected = rejected
import-line = Line
import-details = Details
import-empty-value = (empty)
import-blank-rows = { $count ->
    [one] One blank row was skipped.
   *[other] { $count } blank rows were skipped.
}
import-has-rejections = Some rows are rejected, so nothing can be imported. Correct the file and upload it again.
import-no-changes = The file matches the registry: there is nothing to import.
import-confirm-help = Every row is accepted. Confirm to apply all the changes above in one step.
import-confirm = Apply the import
import-applied = Import applied: { $added } added, { $updated } updated, { $unchanged } unchanged.
import-nothing-written = Nothing was written.
import-problem-no-file = Choose a file to upload.
import-problem-empty = The file is empty.
import-problem-too-large = The file is larger than 2 MB.
import-problem-not-text = The file is not a UTF-8 text (CSV) file. Export it from your spreadsheet as "CSV UTF-8".
import-problem-not-csv = The file cannot be read as CSV: { $detail }
import-problem-missing-columns = Required columns are missing: { $columns }
import-problem-unknown-columns = Unknown columns: { $columns }. Rename or remove them.
import-problem-duplicate-columns = Columns appear twice: { $columns }
import-problem-too-many-rows = The file has more than 5,000 rows.
import-problem-no-rows = The file has a header but no member rows.

field-error-required = This field is required.
field-error-too-long = This is too long.
field-error-control-characters = This contains characters that are not allowed.
field-error-invalid-url = Enter a web address starting with http:// or https://.
field-error-invalid-country-code = Enter a two-letter ISO 3166-1 country code.
field-error-invalid-category = Use member_body, correspondent or subscriber.
field-error-invalid-flag = Use true or false (yes or no).
field-error-invalid-basis = Use iso_list, dac_list, wb_income, ldc, un_m49_regions or other.
field-error-note-required-for-other-basis = Explain the basis in the note when it is "other".
field-error-invalid-email = Enter a valid email address.
field-error-invalid-phone = Enter a telephone number (digits, spaces, +, -, brackets).
field-error-unknown-country = There is no such country in ISO 3166-1.
field-error-member-exists = This country already has a member.
field-error-duplicate-in-file = This country appears more than once in the file.
field-error-malformed-row = This row cannot be read.
field-error-wrong-number-of-cells = This row does not have as many cells as the header.
field-error-import-not-acceptable = This import cannot be applied.
field-error-unknown-member = There is no such member.

error-generic-title = Something went wrong
error-request-id = Reference for support:
error-back-home = Back to the home page
error-not-found-title = Page not found
error-not-found = There is nothing at this address. It may have moved, or the link may be mistyped.
error-forbidden-title = Access denied
error-forbidden = Your account is not allowed to do this.
error-unauthenticated-title = Sign-in needed
error-unauthenticated = Please sign in to continue.
error-csrf-failed-title = Form expired
error-csrf-failed = This form has expired or was not sent from this site. Go back, reload the page and try again.
error-bad-request-title = Bad request
error-bad-request = The request could not be understood.
error-invalid-parameter-title = Invalid address
error-invalid-parameter = A value in the address is not valid. Check the filters and try again.
error-malformed-form-title = Bad form
error-malformed-form = The form could not be read.
error-invalid-title = Invalid data
error-invalid = Some values are not valid.
error-invalid-text-title = Text not accepted
error-invalid-text = The request holds a NUL character, which no text may contain.
error-invalid-text-field = The value of “{ $field }” holds a NUL character, which no text may contain.
error-malformed-json-title = Unreadable JSON
error-malformed-json = The body of the request is not valid JSON.
error-invalid-body-title = Unexpected data
error-invalid-body = The body of the request does not have the expected shape; the API documentation describes it.
error-invalid-body-field = The value at “{ $field }” is missing, not expected here, or of the wrong type.
error-conflict-title = Conflict
error-conflict = This conflicts with data already stored (it may have been applied already).
error-too-many-requests-title = Too many attempts
error-too-many-requests = Too many attempts. Wait a moment and try again.
error-too-many-requests-wait = Too many attempts. { $minutes ->
        [0] Wait { $seconds ->
                [one] one second
               *[other] { $seconds } seconds
            } and try again.
        [one] Wait one minute and try again.
       *[other] Wait { $minutes } minutes and try again.
    }
error-payload-too-large-title = Too large
error-payload-too-large = What you sent is too large.
error-method-not-allowed-title = Not allowed
error-method-not-allowed = This address does not accept this kind of request.
error-unsupported-media-type-title = Unsupported format
error-unsupported-media-type = This format is not accepted here.
error-internal-title = Server error
error-internal = Something went wrong on our side. It has been logged; please try again later.

# UN M49 sub-regions and intermediate regions, World Bank income groups.
area-australia-and-new-zealand = Australia and New Zealand
area-caribbean = Caribbean
area-central-america = Central America
area-central-asia = Central Asia
area-eastern-africa = Eastern Africa
area-eastern-asia = Eastern Asia
area-eastern-europe = Eastern Europe
area-latin-america-and-the-caribbean = Latin America and the Caribbean
area-melanesia = Melanesia
area-micronesia = Micronesia
area-middle-africa = Middle Africa
area-northern-africa = Northern Africa
area-northern-america = Northern America
area-northern-europe = Northern Europe
area-polynesia = Polynesia
area-south-america = South America
area-south-eastern-asia = South-eastern Asia
area-southern-africa = Southern Africa
area-southern-asia = Southern Asia
area-southern-europe = Southern Europe
area-sub-saharan-africa = Sub-Saharan Africa
area-western-africa = Western Africa
area-western-asia = Western Asia
area-western-europe = Western Europe
income-high-income = High income
income-low-income = Low income
income-lower-middle-income = Lower middle income
income-upper-middle-income = Upper middle income

# Accounts (administrators).
nav-users = Accounts
users-title = Accounts
users-filter = Filter accounts
users-count = { $total ->
    [0] No account matches.
    [one] One account.
   *[other] { $total } accounts.
}
users-empty = No account matches this filter.
user-new = Create an account
user-new-title = Create an account
user-new-help = A password is generated when you save; you will see it once, to give to the person.
user-edit-title = Account of { $name }
user-password-title = New password
user-password-for = The password of { $email } is:
user-password-help = Give it to the person through a trusted channel. It is shown only this once and cannot be retrieved later; the person can sign in with it now.
user-reset-password = Generate a new password
user-reset-help = The current password stops working at once.
user-history = History of this account
field-display-name = Name
field-role = Role
field-member = Member
field-member-none = (none)
field-member-help = Required for a member focal point, who then sees and edits that member's contact details only; leave empty for other roles.
field-active = Active
field-active-help = The account can sign in
audit-action-user-create = Account created
audit-action-user-update = Account edited
audit-action-user-set-password = Password changed
field-error-required-for-focal-point = A member focal point must be attached to a member.
field-error-member-not-allowed = Only member focal points are attached to a member.
field-error-email-in-use = Another account already uses this email address.
field-error-cannot-demote-yourself = You cannot remove your own administrator role or deactivate your own account.
field-error-invalid-role = Choose a role from the list.

column-countries = Countries and territories
region-none = No M49 region
