/**
 * The standard objects Salesforce defines, as far as the offline model knows
 * them: the most-used objects of the Object Reference for the Salesforce
 * Platform (each cited beside its table), with their common fields and
 * standard child relationships. The verification, the GraphQL schema and the
 * preview treat them like the project's own objects.
 *
 * The field lists are not complete: objects gain fields with features and
 * releases (person accounts, Data.com, multi-currency...). A field of a
 * standard object that is not listed here is therefore `unchecked` (see
 * `judgeField` in project.ts), never wrong; an object not listed is
 * `unchecked` too.
 *
 * Notation, one field a line, columns separated by two or more spaces:
 * `ApiName  Type  Label  [-> Target,Target RelationshipName]`. Type is a
 * {@link FieldType}; an `Address` line stands for the compound field and its
 * components (Object Reference, "Address Compound Fields":
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm):
 * `BillingAddress` adds `BillingStreet`, `BillingCity`... and `Address` adds
 * `Street`, `City`.... Child relationships, one a line: `Name  Child.Field`.
 */
import type { FieldType } from './project';

export interface StandardField {
    apiName: string;
    label: string;
    type: FieldType;
    referenceTo?: string[];
    relationshipName?: string;
}

/** A parent's standard child relationship, e.g. `Contacts` of Account through `Contact.AccountId`. */
export interface StandardChildRelationship {
    name: string;
    childObject: string;
    field: string;
}

export interface StandardObject {
    label: string;
    pluralLabel: string;
    /** The object's page in the Object Reference. */
    reference: string;
    fields: StandardField[];
    childRelationships: StandardChildRelationship[];
}

const REFERENCE =
    'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/';

/** The components of an Address compound field, after its prefix (`Billing`, `Mailing`, none). */
const ADDRESS_PARTS: [string, FieldType, string][] = [
    ['Street', 'TextArea', 'Street'],
    ['City', 'Text', 'City'],
    ['State', 'Text', 'State/Province'],
    ['PostalCode', 'Text', 'Zip/Postal Code'],
    ['Country', 'Text', 'Country'],
    ['StateCode', 'Picklist', 'State/Province Code'],
    ['CountryCode', 'Picklist', 'Country Code'],
    ['Latitude', 'Number', 'Latitude'],
    ['Longitude', 'Number', 'Longitude'],
    ['GeocodeAccuracy', 'Picklist', 'Geocode Accuracy']
];

function parseFields(table: string): StandardField[] {
    return table
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .flatMap((line) => {
            const [columns, reference] = line.split(/\s+->\s*/);
            const [apiName, type, label] = columns.split(/\s{2,}/);
            const field: StandardField = {
                apiName,
                label,
                type: type as FieldType
            };
            if (reference) {
                const [targets, relationshipName] = reference.split(/\s+/);
                field.referenceTo = targets.split(',');
                field.relationshipName = relationshipName;
            }
            if (type !== 'Address') return [field];
            const prefix = apiName.replace(/Address$/, '');
            const labelPrefix = label.replace(/\s*Address$/, '');
            return [
                field,
                ...ADDRESS_PARTS.map(([part, partType, partLabel]) => ({
                    apiName: `${prefix}${part}`,
                    label: `${labelPrefix} ${partLabel}`.trim(),
                    type: partType
                }))
            ];
        });
}

/** Fields every object has (Object Reference, "System Fields"). */
const SYSTEM = `
    Id                  Id            Record ID
    IsDeleted           Checkbox      Deleted
    CreatedDate         DateTime      Created Date
    CreatedById         Lookup        Created By         -> User CreatedBy
    LastModifiedDate    DateTime      Last Modified Date
    LastModifiedById    Lookup        Last Modified By   -> User LastModifiedBy
    SystemModstamp      DateTime      System Modstamp
`;

function object(
    label: string,
    pluralLabel: string,
    page: string,
    fields: string,
    children = ''
): StandardObject {
    return {
        label,
        pluralLabel,
        reference: `${REFERENCE}${page}.htm`,
        fields: parseFields(SYSTEM + fields),
        childRelationships: children
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
                const [name, path] = line.split(/\s{2,}/);
                const [childObject, field] = path.split('.');
                return { name, childObject, field };
            })
    };
}

/** Fields of custom objects (Object Reference, "System Fields"), besides Name, OwnerId and LastActivityDate below. */
export const CUSTOM_OBJECT_SYSTEM_FIELDS: StandardField[] = parseFields(`
    ${SYSTEM}
    Name                Text          Name
    LastViewedDate      DateTime      Last Viewed Date
    LastReferencedDate  DateTime      Last Referenced Date
`);

/**
 * The owner of a custom object's record; a master-detail child has none, its
 * master's owner governs it (Salesforce Help, "Considerations for Relationships":
 * https://help.salesforce.com/s/articleView?id=sf.relationships_considerations.htm).
 */
export const CUSTOM_OBJECT_OWNER: StandardField = parseFields(`
    OwnerId  Lookup  Owner  -> User Owner
`)[0];

/** Extra system field of custom objects that allow activities. */
export const LAST_ACTIVITY_DATE: StandardField = parseFields(`
    LastActivityDate  Date  Last Activity
`)[0];

/**
 * Fields of a custom metadata type's records (`__mdt`) instead of the custom
 * object ones (Metadata API, "CustomMetadata":
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_custommetadata.htm).
 */
export const CUSTOM_METADATA_SYSTEM_FIELDS: StandardField[] = parseFields(`
    ${SYSTEM}
    DeveloperName       Text          Custom Metadata Record Name
    MasterLabel         Text          Label
    Label               Text          Label
    Language            Picklist      Master Language
    NamespacePrefix     Text          Namespace Prefix
    QualifiedApiName    Text          Qualified API Name
    IsProtected         Checkbox      Protected Component
`);

/**
 * Fields of a platform event (`__e`) besides its own (Platform Events
 * Developer Guide, "Platform Event Fields":
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_define_ui.htm).
 */
export const PLATFORM_EVENT_SYSTEM_FIELDS: StandardField[] = parseFields(`
    ReplayId            Text          Replay ID
    EventUuid           Text          Event UUID
    CreatedDate         DateTime      Created Date
    CreatedById         Lookup        Created By         -> User CreatedBy
`);

/** Polymorphic `What` of activities: any object that allows activities; these are the standard ones catalogued. */
const WHAT =
    'Account,Opportunity,Case,Campaign,Contract,Order,Asset,Product2,Quote';
const ACTIVITY = `
    Subject             Text          Subject
    Description         LongTextArea  Description
    ActivityDate        Date          Due Date Only
    Type                Picklist      Type
    Priority            Picklist      Priority
    WhatId              Lookup        Related To         -> ${WHAT} What
    WhoId               Lookup        Name               -> Contact,Lead Who
    AccountId           Lookup        Account            -> Account Account
    OwnerId             Lookup        Assigned To        -> User,Group Owner
    IsReminderSet       Checkbox      Reminder Set
    ReminderDateTime    DateTime      Reminder Date/Time
    IsRecurrence        Checkbox      Create Recurring Series
    WhatCount           Integer       Related Count
    WhoCount            Integer       Relation Count
`;
/** Child relationships that every object allowing activities, notes and attachments has. */
const ACTIVITY_CHILDREN = `
    Tasks               Task.WhatId
    Events              Event.WhatId
    Notes               Note.ParentId
    Attachments         Attachment.ParentId
`;
const PERSON_ACTIVITY_CHILDREN = `
    Tasks               Task.WhoId
    Events              Event.WhoId
    Notes               Note.ParentId
    Attachments         Attachment.ParentId
`;

export const STANDARD_OBJECTS: Record<string, StandardObject> = {
    Account: object(
        'Account',
        'Accounts',
        'sforce_api_objects_account',
        `
        Name                Text          Account Name
        AccountNumber       Text          Account Number
        AccountSource       Picklist      Account Source
        AnnualRevenue       Currency      Annual Revenue
        BillingAddress      Address       Billing Address
        ShippingAddress     Address       Shipping Address
        CleanStatus         Picklist      Clean Status
        Description         LongTextArea  Account Description
        DunsNumber          Text          D-U-N-S Number
        Fax                 Phone         Account Fax
        Industry            Picklist      Industry
        IsCustomerPortal    Checkbox      Customer Portal Account
        IsPartner           Checkbox      Partner Account
        IsPersonAccount     Checkbox      Is Person Account
        Jigsaw              Text          Data.com Key
        JigsawCompanyId     Text          Jigsaw Company ID
        LastActivityDate    Date          Last Activity
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        MasterRecordId      Lookup        Master Record ID   -> Account MasterRecord
        NaicsCode           Text          NAICS Code
        NaicsDesc           Text          NAICS Description
        NumberOfEmployees   Integer       Employees
        OwnerId             Lookup        Account Owner      -> User Owner
        Ownership           Picklist      Ownership
        ParentId            Lookup        Parent Account     -> Account Parent
        Phone               Phone         Account Phone
        PhotoUrl            Url           Photo URL
        Rating              Picklist      Account Rating
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        Sic                 Text          SIC Code
        SicDesc             Text          SIC Description
        Site                Text          Account Site
        TickerSymbol        Text          Ticker Symbol
        Tradestyle          Text          Tradestyle
        Type                Picklist      Account Type
        Website             Url           Website
        YearStarted         Text          Year Started
        `,
        `
        ChildAccounts       Account.ParentId
        Contacts            Contact.AccountId
        Opportunities       Opportunity.AccountId
        Cases               Case.AccountId
        Assets              Asset.AccountId
        Contracts           Contract.AccountId
        Orders              Order.AccountId
        Users               User.AccountId
        ${ACTIVITY_CHILDREN}
        `
    ),
    Contact: object(
        'Contact',
        'Contacts',
        'sforce_api_objects_contact',
        `
        Name                Text          Full Name
        FirstName           Text          First Name
        LastName            Text          Last Name
        MiddleName          Text          Middle Name
        Salutation          Picklist      Salutation
        Suffix              Text          Suffix
        AccountId           Lookup        Account ID         -> Account Account
        AssistantName       Text          Assistant's Name
        AssistantPhone      Phone         Asst. Phone
        Birthdate           Date          Birthdate
        CleanStatus         Picklist      Clean Status
        Department          Text          Department
        Description         LongTextArea  Contact Description
        DoNotCall           Checkbox      Do Not Call
        Email               Email         Email
        EmailBouncedDate    DateTime      Email Bounced Date
        EmailBouncedReason  Text          Email Bounced Reason
        Fax                 Phone         Business Fax
        GenderIdentity      Picklist      Gender Identity
        HasOptedOutOfEmail  Checkbox      Email Opt Out
        HasOptedOutOfFax    Checkbox      Fax Opt Out
        HomePhone           Phone         Home Phone
        IndividualId        Lookup        Individual ID      -> Individual Individual
        IsEmailBounced      Checkbox      Is Email Bounced
        Jigsaw              Text          Data.com Key
        LastActivityDate    Date          Last Activity
        LastCURequestDate   DateTime      Last Stay-in-Touch Request Date
        LastCUUpdateDate    DateTime      Last Stay-in-Touch Save Date
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        LeadSource          Picklist      Lead Source
        MailingAddress      Address       Mailing Address
        OtherAddress        Address       Other Address
        MasterRecordId      Lookup        Master Record ID   -> Contact MasterRecord
        MobilePhone         Phone         Mobile Phone
        OtherPhone          Phone         Other Phone
        OwnerId             Lookup        Contact Owner      -> User Owner
        Phone               Phone         Business Phone
        PhotoUrl            Url           Photo URL
        Pronouns            Picklist      Pronouns
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        ReportsToId         Lookup        Reports To ID      -> Contact ReportsTo
        Title               Text          Title
        `,
        `
        Cases               Case.ContactId
        Assets              Asset.ContactId
        CampaignMembers     CampaignMember.ContactId
        ${PERSON_ACTIVITY_CHILDREN}
        `
    ),
    Lead: object(
        'Lead',
        'Leads',
        'sforce_api_objects_lead',
        `
        Name                Text          Full Name
        FirstName           Text          First Name
        LastName            Text          Last Name
        MiddleName          Text          Middle Name
        Salutation          Picklist      Salutation
        Suffix              Text          Suffix
        Address             Address       Address
        AnnualRevenue       Currency      Annual Revenue
        CleanStatus         Picklist      Clean Status
        Company             Text          Company
        CompanyDunsNumber   Text          Company D-U-N-S Number
        ConvertedAccountId  Lookup        Converted Account ID      -> Account ConvertedAccount
        ConvertedContactId  Lookup        Converted Contact ID      -> Contact ConvertedContact
        ConvertedDate       Date          Converted Date
        ConvertedOpportunityId  Lookup    Converted Opportunity ID  -> Opportunity ConvertedOpportunity
        Description         LongTextArea  Description
        DoNotCall           Checkbox      Do Not Call
        Email               Email         Email
        EmailBouncedDate    DateTime      Email Bounced Date
        EmailBouncedReason  Text          Email Bounced Reason
        Fax                 Phone         Fax
        HasOptedOutOfEmail  Checkbox      Email Opt Out
        HasOptedOutOfFax    Checkbox      Fax Opt Out
        IndividualId        Lookup        Individual ID      -> Individual Individual
        Industry            Picklist      Industry
        IsConverted         Checkbox      Converted
        IsUnreadByOwner     Checkbox      Unread By Owner
        Jigsaw              Text          Data.com Key
        LastActivityDate    Date          Last Activity
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        LeadSource          Picklist      Lead Source
        MasterRecordId      Lookup        Master Record ID   -> Lead MasterRecord
        MobilePhone         Phone         Mobile Phone
        NumberOfEmployees   Integer       Employees
        OwnerId             Lookup        Owner ID           -> User,Group Owner
        Phone               Phone         Phone
        PhotoUrl            Url           Photo URL
        Rating              Picklist      Rating
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        Status              Picklist      Status
        Title               Text          Title
        Website             Url           Website
        `,
        `
        CampaignMembers     CampaignMember.LeadId
        ${PERSON_ACTIVITY_CHILDREN}
        `
    ),
    Opportunity: object(
        'Opportunity',
        'Opportunities',
        'sforce_api_objects_opportunity',
        `
        Name                Text          Name
        AccountId           Lookup        Account ID         -> Account Account
        Amount              Currency      Amount
        CampaignId          Lookup        Campaign ID        -> Campaign Campaign
        CloseDate           Date          Close Date
        ContactId           Lookup        Contact ID         -> Contact Contact
        ContractId          Lookup        Contract ID        -> Contract Contract
        Description         LongTextArea  Description
        ExpectedRevenue     Currency      Expected Amount
        Fiscal              Text          Fiscal Period
        FiscalQuarter       Integer       Fiscal Quarter
        FiscalYear          Integer       Fiscal Year
        ForecastCategory    Picklist      Forecast Category
        ForecastCategoryName  Picklist    Forecast Category
        HasOpenActivity     Checkbox      Has Open Activity
        HasOpportunityLineItem  Checkbox  Has Line Item
        HasOverdueTask      Checkbox      Has Overdue Task
        IsClosed            Checkbox      Closed
        IsPrivate           Checkbox      Private
        IsWon               Checkbox      Won
        LastActivityDate    Date          Last Activity
        LastReferencedDate  DateTime      Last Referenced Date
        LastStageChangeDate  DateTime      Last Stage Change Date
        LastViewedDate      DateTime      Last Viewed Date
        LeadSource          Picklist      Lead Source
        NextStep            Text          Next Step
        OwnerId             Lookup        Owner ID           -> User Owner
        Pricebook2Id        Lookup        Price Book ID      -> Pricebook2 Pricebook2
        Probability         Percent       Probability (%)
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        StageName           Picklist      Stage
        TotalOpportunityQuantity  Number  Quantity
        Type                Picklist      Opportunity Type
        `,
        `
        OpportunityLineItems  OpportunityLineItem.OpportunityId
        Quotes              Quote.OpportunityId
        ${ACTIVITY_CHILDREN}
        `
    ),
    OpportunityLineItem: object(
        'Opportunity Product',
        'Opportunity Product',
        'sforce_api_objects_opportunitylineitem',
        `
        Name                Text          Opportunity Product Name
        Description         Text          Line Description
        Discount            Percent       Discount
        ListPrice           Currency      List Price
        OpportunityId       Lookup        Opportunity ID     -> Opportunity Opportunity
        PricebookEntryId    Lookup        Price Book Entry ID  -> PricebookEntry PricebookEntry
        Product2Id          Lookup        Product ID         -> Product2 Product2
        ProductCode         Text          Product Code
        Quantity            Number        Quantity
        ServiceDate         Date          Date
        SortOrder           Integer       Sort Order
        Subtotal            Currency      Subtotal
        TotalPrice          Currency      Total Price
        UnitPrice           Currency      Sales Price
        `
    ),
    Case: object(
        'Case',
        'Cases',
        'sforce_api_objects_case',
        `
        CaseNumber          AutoNumber    Case Number
        AccountId           Lookup        Account ID         -> Account Account
        AssetId             Lookup        Asset ID           -> Asset Asset
        BusinessHoursId     Lookup        Business Hours ID  -> BusinessHours BusinessHours
        ClosedDate          DateTime      Closed Date
        Comments            TextArea      Internal Comments
        ContactEmail        Email         Contact Email
        ContactFax          Phone         Contact Fax
        ContactId           Lookup        Contact ID         -> Contact Contact
        ContactMobile       Phone         Contact Mobile
        ContactPhone        Phone         Contact Phone
        Description         LongTextArea  Description
        IsClosed            Checkbox      Closed
        IsClosedOnCreate    Checkbox      Closed When Created
        IsEscalated         Checkbox      Escalated
        Language            Picklist      Language
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        MasterRecordId      Lookup        Master Record ID   -> Case MasterRecord
        Origin              Picklist      Case Origin
        OwnerId             Lookup        Owner ID           -> User,Group Owner
        ParentId            Lookup        Parent Case ID     -> Case Parent
        Priority            Picklist      Priority
        Reason              Picklist      Case Reason
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        Status              Picklist      Status
        Subject             Text          Subject
        SuppliedCompany     Text          Company
        SuppliedEmail       Email         Email Address
        SuppliedName        Text          Name
        SuppliedPhone       Text          Phone
        Type                Picklist      Case Type
        `,
        `
        Cases               Case.ParentId
        CaseComments        CaseComment.ParentId
        ${ACTIVITY_CHILDREN}
        `
    ),
    CaseComment: object(
        'Case Comment',
        'Case Comments',
        'sforce_api_objects_casecomment',
        `
        ParentId            Lookup        Parent ID          -> Case Parent
        CommentBody         LongTextArea  Body
        IsPublished         Checkbox      Published
        `
    ),
    Task: object(
        'Task',
        'Tasks',
        'sforce_api_objects_task',
        `
        ${ACTIVITY}
        CallDisposition     Text          Call Result
        CallDurationInSeconds  Integer    Call Duration
        CallObject          Text          Call Object Identifier
        CallType            Picklist      Call Type
        CompletedDateTime   DateTime      Completed Date/Time
        IsClosed            Checkbox      Closed
        IsHighPriority      Checkbox      High Priority
        Status              Picklist      Status
        TaskSubtype         Picklist      Task Subtype
        `
    ),
    Event: object(
        'Event',
        'Events',
        'sforce_api_objects_event',
        `
        ${ACTIVITY}
        ActivityDateTime    DateTime      Due Date Time
        DurationInMinutes   Integer       Duration
        EndDateTime         DateTime      End Date Time
        EventSubtype        Picklist      Event Subtype
        IsAllDayEvent       Checkbox      All-Day Event
        IsPrivate           Checkbox      Private
        Location            Text          Location
        ShowAs              Picklist      Show Time As
        StartDateTime       DateTime      Start Date Time
        `
    ),
    User: object(
        'User',
        'Users',
        'sforce_api_objects_user',
        `
        Name                Text          Full Name
        FirstName           Text          First Name
        LastName            Text          Last Name
        MiddleName          Text          Middle Name
        Suffix              Text          Suffix
        AboutMe             TextArea      About Me
        AccountId           Lookup        Account ID         -> Account Account
        Address             Address       Address
        Alias               Text          Alias
        CommunityNickname   Text          Nickname
        CompanyName         Text          Company Name
        ContactId           Lookup        Contact ID         -> Contact Contact
        DelegatedApproverId  Lookup        Delegated Approver ID  -> User,Group DelegatedApprover
        Department          Text          Department
        Division            Text          Division
        Email               Email         Email
        EmailEncodingKey    Picklist      Email Encoding
        EmployeeNumber      Text          Employee Number
        Extension           Phone         Extension
        Fax                 Phone         Fax
        FederationIdentifier  Text        SAML Federation ID
        FullPhotoUrl        Url           Url for full-sized Photo
        IsActive            Checkbox      Active
        LanguageLocaleKey   Picklist      Language
        LastLoginDate       DateTime      Last Login
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        LocaleSidKey        Picklist      Locale
        ManagerId           Lookup        Manager ID         -> User Manager
        MobilePhone         Phone         Mobile
        Phone               Phone         Phone
        ProfileId           Lookup        Profile ID         -> Profile Profile
        SenderEmail         Email         Email Sender Address
        SenderName          Text          Email Sender Name
        Signature           TextArea      Email Signature
        SmallPhotoUrl       Url           Photo
        TimeZoneSidKey      Picklist      Time Zone
        Title               Text          Title
        Username            Text          Username
        UserRoleId          Lookup        Role ID            -> UserRole UserRole
        UserType            Picklist      User Type
        `,
        `
        ManagedUsers        User.ManagerId
        `
    ),
    Profile: object(
        'Profile',
        'Profiles',
        'sforce_api_objects_profile',
        `
        Name                Text          Name
        Description         Text          Description
        UserLicenseId       Lookup        User License ID    -> UserLicense UserLicense
        UserType            Picklist      User Type
        `
    ),
    UserRole: object(
        'Role',
        'Roles',
        'sforce_api_objects_userrole',
        `
        Name                Text          Name
        DeveloperName       Text          Developer Name
        ParentRoleId        Lookup        Parent Role ID     -> UserRole ParentRole
        RollupDescription   Text          Description
        `
    ),
    RecordType: object(
        'Record Type',
        'Record Types',
        'sforce_api_objects_recordtype',
        `
        Name                Text          Record Type Name
        DeveloperName       Text          Record Type Name
        Description         Text          Description
        IsActive            Checkbox      Active
        NamespacePrefix     Text          Namespace Prefix
        SobjectType         Picklist      SObject Type Name
        `
    ),
    Campaign: object(
        'Campaign',
        'Campaigns',
        'sforce_api_objects_campaign',
        `
        Name                Text          Name
        ActualCost          Currency      Actual Cost
        AmountAllOpportunities  Currency  Value Opportunities in Campaign
        AmountWonOpportunities  Currency  Value Won Opportunities in Campaign
        BudgetedCost        Currency      Budgeted Cost
        CampaignMemberRecordTypeId  Lookup  Record Type ID   -> RecordType CampaignMemberRecordType
        Description         LongTextArea  Description
        EndDate             Date          End Date
        ExpectedResponse    Percent       Expected Response (%)
        ExpectedRevenue     Currency      Expected Revenue
        HierarchyActualCost  Currency      Actual Cost in Hierarchy
        HierarchyAmountAllOpportunities  Currency  Value Opportunities in Hierarchy
        HierarchyAmountWonOpportunities  Currency  Value Won Opportunities in Hierarchy
        HierarchyBudgetedCost  Currency   Budgeted Cost in Hierarchy
        HierarchyExpectedRevenue  Currency  Expected Revenue in Hierarchy
        HierarchyNumberOfContacts  Integer  Total Contacts in Hierarchy
        HierarchyNumberOfConvertedLeads  Integer  Total Converted Leads in Hierarchy
        HierarchyNumberOfLeads  Integer   Total Leads in Hierarchy
        HierarchyNumberOfOpportunities  Integer  Total Opportunities in Hierarchy
        HierarchyNumberOfResponses  Integer  Total Responses in Hierarchy
        HierarchyNumberOfWonOpportunities  Integer  Total Won Opportunities in Hierarchy
        HierarchyNumberSent  Number        Total Num Sent in Hierarchy
        IsActive            Checkbox      Active
        LastActivityDate    Date          Last Activity
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        NumberOfContacts    Integer       Total Contacts
        NumberOfConvertedLeads  Integer   Converted Leads
        NumberOfLeads       Integer       Leads in Campaign
        NumberOfOpportunities  Integer    Opportunities in Campaign
        NumberOfResponses   Integer       Responses in Campaign
        NumberOfWonOpportunities  Integer  Won Opportunities in Campaign
        NumberSent          Number        Num Sent
        OwnerId             Lookup        Owner ID           -> User Owner
        ParentId            Lookup        Parent Campaign ID -> Campaign Parent
        RecordTypeId        Lookup        Record Type ID     -> RecordType RecordType
        StartDate           Date          Start Date
        Status              Picklist      Status
        Type                Picklist      Type
        `,
        `
        ChildCampaigns      Campaign.ParentId
        CampaignMembers     CampaignMember.CampaignId
        Opportunities       Opportunity.CampaignId
        ${ACTIVITY_CHILDREN}
        `
    ),
    CampaignMember: object(
        'Campaign Member',
        'Campaign Members',
        'sforce_api_objects_campaignmember',
        `
        Name                Text          Name
        CampaignId          Lookup        Campaign ID        -> Campaign Campaign
        CompanyOrAccount    Text          Company (Account)
        ContactId           Lookup        Contact ID         -> Contact Contact
        Email               Email         Email
        FirstName           Text          First Name
        FirstRespondedDate  Date          First Responded Date
        HasResponded        Checkbox      Responded
        LastName            Text          Last Name
        LeadId              Lookup        Lead ID            -> Lead Lead
        LeadOrContactId     Lookup        Contact or Lead ID -> Contact,Lead LeadOrContact
        Phone               Phone         Phone
        Status              Picklist      Status
        Title               Text          Title
        Type                Text          Type
        `
    ),
    Product2: object(
        'Product',
        'Products',
        'sforce_api_objects_product2',
        `
        Name                Text          Product Name
        Description         TextArea      Product Description
        DisplayUrl          Url           Display URL
        ExternalId          Text          External ID
        Family              Picklist      Product Family
        IsActive            Checkbox      Active
        IsArchived          Checkbox      Archived
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        ProductCode         Text          Product Code
        QuantityUnitOfMeasure  Picklist   Quantity Unit Of Measure
        StockKeepingUnit    Text          Product SKU
        `,
        `
        PricebookEntries    PricebookEntry.Product2Id
        ${ACTIVITY_CHILDREN}
        `
    ),
    Pricebook2: object(
        'Price Book',
        'Price Books',
        'sforce_api_objects_pricebook2',
        `
        Name                Text          Price Book Name
        Description         Text          Description
        IsActive            Checkbox      Active
        IsArchived          Checkbox      Archived
        IsStandard          Checkbox      Is Standard Price Book
        `,
        `
        PricebookEntries    PricebookEntry.Pricebook2Id
        `
    ),
    PricebookEntry: object(
        'Price Book Entry',
        'Price Book Entries',
        'sforce_api_objects_pricebookentry',
        `
        Name                Text          Product Name
        IsActive            Checkbox      Active
        IsArchived          Checkbox      Archived
        Pricebook2Id        Lookup        Price Book ID      -> Pricebook2 Pricebook2
        Product2Id          Lookup        Product ID         -> Product2 Product2
        ProductCode         Text          Product Code
        UnitPrice           Currency      List Price
        UseStandardPrice    Checkbox      Use Standard Price
        `
    ),
    Order: object(
        'Order',
        'Orders',
        'sforce_api_objects_order',
        `
        Name                Text          Order Name
        OrderNumber         AutoNumber    Order Number
        AccountId           Lookup        Account ID         -> Account Account
        ActivatedById       Lookup        Activated By ID    -> User ActivatedBy
        ActivatedDate       DateTime      Activated Date
        BillingAddress      Address       Billing Address
        ShippingAddress     Address       Shipping Address
        BillToContactId     Lookup        Bill To Contact ID -> Contact BillToContact
        CompanyAuthorizedById  Lookup     Company Authorized By ID  -> User CompanyAuthorizedBy
        CompanyAuthorizedDate  Date       Company Authorized Date
        ContractId          Lookup        Contract ID        -> Contract Contract
        CustomerAuthorizedById  Lookup    Customer Authorized By ID  -> Contact CustomerAuthorizedBy
        CustomerAuthorizedDate  Date      Customer Authorized Date
        Description         LongTextArea  Description
        EffectiveDate       Date          Order Start Date
        EndDate             Date          Order End Date
        IsReductionOrder    Checkbox      Reduction Order
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        OrderReferenceNumber  Text        Order Reference Number
        OriginalOrderId     Lookup        Original Order ID  -> Order OriginalOrder
        OwnerId             Lookup        Owner ID           -> User,Group Owner
        PoDate              Date          PO Date
        PoNumber            Text          PO Number
        Pricebook2Id        Lookup        Price Book ID      -> Pricebook2 Pricebook2
        ShipToContactId     Lookup        Ship To Contact ID -> Contact ShipToContact
        Status              Picklist      Status
        StatusCode          Picklist      Status Category
        TotalAmount         Currency      Order Amount
        Type                Picklist      Order Type
        `,
        `
        OrderItems          OrderItem.OrderId
        ${ACTIVITY_CHILDREN}
        `
    ),
    OrderItem: object(
        'Order Product',
        'Order Products',
        'sforce_api_objects_orderitem',
        `
        OrderItemNumber     AutoNumber    Order Product Number
        AvailableQuantity   Number        Available Quantity
        Description         Text          Line Description
        EndDate             Date          End Date
        ListPrice           Currency      List Price
        OrderId             Lookup        Order ID           -> Order Order
        OriginalOrderItemId  Lookup        Original Order Item ID  -> OrderItem OriginalOrderItem
        PricebookEntryId    Lookup        Price Book Entry ID  -> PricebookEntry PricebookEntry
        Product2Id          Lookup        Product ID         -> Product2 Product2
        Quantity            Number        Quantity
        ServiceDate         Date          Start Date
        TotalPrice          Currency      Total Price
        UnitPrice           Currency      Unit Price
        `
    ),
    Asset: object(
        'Asset',
        'Assets',
        'sforce_api_objects_asset',
        `
        Name                Text          Asset Name
        AccountId           Lookup        Account ID         -> Account Account
        AssetLevel          Integer       Asset Level
        AssetProvidedById   Lookup        Asset Provided By ID  -> Account AssetProvidedBy
        AssetServicedById   Lookup        Asset Serviced By ID  -> Account AssetServicedBy
        ContactId           Lookup        Contact ID         -> Contact Contact
        Description         LongTextArea  Description
        InstallDate         Date          Install Date
        IsCompetitorProduct  Checkbox      Competitor Asset
        IsInternal          Checkbox      Internal Asset
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        OwnerId             Lookup        Owner ID           -> User Owner
        ParentId            Lookup        Parent ID          -> Asset Parent
        Price               Currency      Price
        Product2Id          Lookup        Product ID         -> Product2 Product2
        ProductCode         Text          Product Code
        PurchaseDate        Date          Purchase Date
        Quantity            Number        Quantity
        RootAssetId         Lookup        Root Asset ID      -> Asset RootAsset
        SerialNumber        Text          Serial Number
        Status              Picklist      Status
        StockKeepingUnit    Text          Product SKU
        UsageEndDate        Date          Usage End Date
        `,
        `
        ChildAssets         Asset.ParentId
        Cases               Case.AssetId
        ${ACTIVITY_CHILDREN}
        `
    ),
    Contract: object(
        'Contract',
        'Contracts',
        'sforce_api_objects_contract',
        `
        ContractNumber      AutoNumber    Contract Number
        AccountId           Lookup        Account ID         -> Account Account
        ActivatedById       Lookup        Activated By ID    -> User ActivatedBy
        ActivatedDate       DateTime      Activated Date
        BillingAddress      Address       Billing Address
        CompanySignedDate   Date          Company Signed Date
        CompanySignedId     Lookup        Company Signed By ID  -> User CompanySigned
        ContractTerm        Integer       Contract Term
        CustomerSignedDate  Date          Customer Signed Date
        CustomerSignedId    Lookup        Customer Signed By ID  -> Contact CustomerSigned
        CustomerSignedTitle  Text          Customer Signed Title
        Description         LongTextArea  Description
        EndDate             Date          Contract End Date
        LastActivityDate    Date          Last Activity
        LastApprovedDate    DateTime      Last Approved Date
        LastReferencedDate  DateTime      Last Referenced Date
        LastViewedDate      DateTime      Last Viewed Date
        OwnerExpirationNotice  Picklist   Owner Expiration Notice
        OwnerId             Lookup        Owner ID           -> User Owner
        Pricebook2Id        Lookup        Price Book ID      -> Pricebook2 Pricebook2
        SpecialTerms        TextArea      Special Terms
        StartDate           Date          Contract Start Date
        Status              Picklist      Status
        StatusCode          Picklist      Status Category
        `,
        `
        Orders              Order.ContractId
        ${ACTIVITY_CHILDREN}
        `
    ),
    Quote: object(
        'Quote',
        'Quotes',
        'sforce_api_objects_quote',
        `
        Name                Text          Quote Name
        QuoteNumber         AutoNumber    Quote Number
        AccountId           Lookup        Account ID         -> Account Account
        BillingAddress      Address       Bill To
        BillingName         Text          Bill To Name
        ShippingAddress     Address       Ship To
        ShippingName        Text          Ship To Name
        ContactId           Lookup        Contact ID         -> Contact Contact
        Description         LongTextArea  Description
        Discount            Percent       Discount
        Email               Email         Email
        ExpirationDate      Date          Expiration Date
        Fax                 Phone         Fax
        GrandTotal          Currency      Grand Total
        IsSyncing           Checkbox      Syncing
        OpportunityId       Lookup        Opportunity ID     -> Opportunity Opportunity
        Phone               Phone         Phone
        Pricebook2Id        Lookup        Price Book ID      -> Pricebook2 Pricebook2
        ShippingHandling    Currency      Shipping and Handling
        Status              Picklist      Status
        Subtotal            Currency      Subtotal
        Tax                 Currency      Tax
        TotalPrice          Currency      Total Price
        `,
        ACTIVITY_CHILDREN
    ),
    Note: object(
        'Note',
        'Notes',
        'sforce_api_objects_note',
        `
        Title               Text          Title
        Body                LongTextArea  Body
        IsPrivate           Checkbox      Private
        OwnerId             Lookup        Owner ID           -> User Owner
        ParentId            Lookup        Parent ID          -> ${WHAT},Contact,Lead Parent
        `
    ),
    Attachment: object(
        'Attachment',
        'Attachments',
        'sforce_api_objects_attachment',
        `
        Name                Text          File Name
        BodyLength          Integer       Body Length
        ContentType         Text          Content Type
        Description         TextArea      Description
        IsPrivate           Checkbox      Private
        OwnerId             Lookup        Owner ID           -> User Owner
        ParentId            Lookup        Parent ID          -> ${WHAT},Contact,Lead Parent
        `
    ),
    ContentDocument: object(
        'File',
        'Files',
        'sforce_api_objects_contentdocument',
        `
        Title               Text          Title
        ContentSize         Integer       Size
        Description         TextArea      Description
        FileExtension       Text          File Extension
        FileType            Text          File Type
        LatestPublishedVersionId  Lookup  Latest Published Version ID  -> ContentVersion LatestPublishedVersion
        OwnerId             Lookup        Owner ID           -> User Owner
        PublishStatus       Picklist      Publish Status
        `,
        `
        ContentVersions     ContentVersion.ContentDocumentId
        `
    ),
    ContentVersion: object(
        'Content Version',
        'Content Versions',
        'sforce_api_objects_contentversion',
        `
        Title               Text          Title
        ContentDocumentId   Lookup        Content Document ID  -> ContentDocument ContentDocument
        ContentLocation     Picklist      Content Location
        ContentSize         Integer       Size
        ContentUrl          Url           Content URL
        Description         TextArea      Description
        FileExtension       Text          File Extension
        FileType            Text          File Type
        IsLatest            Checkbox      Is Latest
        Origin              Picklist      Content Origin
        OwnerId             Lookup        Owner ID           -> User Owner
        PathOnClient        Text          Path On Client
        ReasonForChange     Text          Reason For Change
        SharingOption       Picklist      Prevent others from sharing and unsharing
        SharingPrivacy      Picklist      File Privacy on Records
        VersionNumber       Text          Version Number
        `
    )
};
