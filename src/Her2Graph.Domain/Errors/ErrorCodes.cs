using System.Reflection;

namespace Her2Graph.Domain.Errors;

/// <summary>
/// Every client-facing error code, in one place: the API, the seed validator and the CLI raise only these, and the
/// README's "Error codes" table lists exactly these, in this order (a test compares them). To add a code, add a field
/// here and a row there.
/// </summary>
public static class ErrorCodes
{
    private const int Ok = 200;

    // The request, refused before the GraphQL engine sees it.
    public static readonly ErrorCode MethodNotAllowed = new("METHOD_NOT_ALLOWED", 405, "The request used a method other than GET or POST.");
    public static readonly ErrorCode NotAcceptable = new("NOT_ACCEPTABLE", 406, "The Accept header allows neither application/graphql-response+json nor application/json.");
    public static readonly ErrorCode UnsupportedMediaType = new("UNSUPPORTED_MEDIA_TYPE", 415, "A POST body that is not application/json (UTF-8).");
    public static readonly ErrorCode RequestTooLarge = new("REQUEST_TOO_LARGE", 413, "The request body is larger than 1 MB.");
    public static readonly ErrorCode MissingQuery = new("MISSING_QUERY", 400, "The request has no query.");
    public static readonly ErrorCode InvalidJson = new("INVALID_JSON", 400, "The body, variables or extensions are not JSON of the expected shape.");
    public static readonly ErrorCode InvalidRequest = new("INVALID_REQUEST", 400, "A query-string parameter appears more than once.");
    public static readonly ErrorCode QueryTooLarge = new("QUERY_TOO_LARGE", 400, "The document selects more than 20,000 fields once its fragments are expanded, or nests too deeply.");
    public static readonly ErrorCode GetMutation = new("GET_MUTATION", 405, "A mutation sent with GET: mutations need POST.");

    // API keys: mutations need a key with the curator role.
    public static readonly ErrorCode Unauthenticated = new("UNAUTHENTICATED", 401, "A mutation without a valid API key: none sent, a malformed Authorization header, or an unknown key.");
    public static readonly ErrorCode Forbidden = new("FORBIDDEN", 403, "A mutation with an API key that lacks the curator role.");

    // The store.
    public static readonly ErrorCode StoreUnavailable = new("STORE_UNAVAILABLE", 503, "The store does not answer for now (starting, unreachable, timed out); retrying later can succeed.");

    // Limits at the edge, cost, rate limits, time and size (README: Limits, Rate limits).
    public static readonly ErrorCode TooManyAliases = new("TOO_MANY_ALIASES", 400, "More than 15 aliased fields in one selection set, fragments included (Her2Graph:Limits:MaxAliases).");
    public static readonly ErrorCode TooManyFields = new("TOO_MANY_FIELDS", 400, "More than 100 fields in one selection set, fragments included (MaxFieldsPerSelection).");
    public static readonly ErrorCode DuplicateResponseKey = new("DUPLICATE_RESPONSE_KEY", 400, "One response key used by two different fields (another name or other arguments) in a selection set.");
    public static readonly ErrorCode QueryTooDeep = new("QUERY_TOO_DEEP", 400, "Fragments spreading fragments past 32 levels, or fields nested past 64 levels once fragments are expanded.");
    public static readonly ErrorCode TooManyDirectives = new("TOO_MANY_DIRECTIVES", 400, "More than 50 directives in the document (MaxDirectives).");
    public static readonly ErrorCode DuplicateDirective = new("DUPLICATE_DIRECTIVE", 400, "The same directive twice at one location.");
    public static readonly ErrorCode SearchTextTooLong = new("SEARCH_TEXT_TOO_LONG", 400, "A search text (search(text:), or a name of resolve(names:)) of more than 64 words or 1,000 characters (MaxSearchWords, MaxSearchCharacters).");
    public static readonly ErrorCode FilterTooLarge = new("FILTER_TOO_LARGE", 400, "A where filter with more than 100 conditions (MaxFilterTerms).");
    public static readonly ErrorCode FilterTooDeep = new("FILTER_TOO_DEEP", 400, "A where filter nesting and/or/not deeper than 10 (MaxFilterDepth).");
    public static readonly ErrorCode ListTooLong = new("LIST_TOO_LONG", 400, "A list argument of a query with more than 100 items (MaxListItems).");
    public static readonly ErrorCode StringTooLong = new("STRING_TOO_LONG", 400, "A string argument over 10,000 characters (MaxStringLength).");
    public static readonly ErrorCode OperationNotSupported = new("OPERATION_NOT_SUPPORTED", 400, "A subscription: poll graph { version } instead.");
    public static readonly ErrorCode CostLimitExceeded = new("COST_LIMIT_EXCEEDED", 400, "The document costs more than Her2Graph:GraphQL:MaxCost (25,000); refused before anything runs.");
    public static readonly ErrorCode RateLimited = new("RATE_LIMITED", 429, "The client's budget cannot pay the request or its cost now; Retry-After says when to retry.");
    public static readonly ErrorCode Timeout = new("TIMEOUT", 503, "The request did not finish within Her2Graph:GraphQL:Timeout (10 s) and was stopped; Retry-After says when to retry.");
    public static readonly ErrorCode ResponseTooLarge = new("RESPONSE_TOO_LARGE", 400, "The answer is larger than 5 MB and was not sent.");
    public static readonly ErrorCode TooManyErrors = new("TOO_MANY_ERRORS", Ok, "The last error of a response whose error list was cut at 100 (MaxErrors); it says how many were dropped.");
    public static readonly ErrorCode StoreError = new("STORE_ERROR", Ok, "The store failed (a SQLite limit, Neo4j refusing a statement); details are logged once at Error, none are sent.");
    public static readonly ErrorCode InternalError = new("INTERNAL_ERROR", Ok, "Any other unexpected failure in a resolver, likewise logged and not described.");

    // Persisted documents (README: Persisted documents); 200 instead of 400 with legacy application/json.
    public static readonly ErrorCode PersistedQueryNotFound = new("PERSISTED_QUERY_NOT_FOUND", 400, "No document has this persisted-query hash here: send it again with its query to register it.");
    public static readonly ErrorCode PersistedQueryNotAllowed = new("PERSISTED_QUERY_NOT_ALLOWED", 400, "The server runs known documents only (TrustedOnly): an unknown document or a registration.");
    public static readonly ErrorCode PersistedQueryHashMismatch = new("PERSISTED_QUERY_HASH_MISMATCH", 400, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.");
    public static readonly ErrorCode PersistedQueryInvalid = new("PERSISTED_QUERY_INVALID", 400, "extensions.persistedQuery is not {version: 1, sha256Hash: <64 hex digits>}.");

    // Arguments of a field; the rest of the query is answered.
    public static readonly ErrorCode BadArgument = new("BAD_ARGUMENT", Ok, "An argument out of its range (first, last, maxHops, since), or first together with last.");
    public static readonly ErrorCode BadCursor = new("BAD_CURSOR", Ok, "A cursor that no page of the same field and order gave out.");

    // Seed files and mutations, checked by the same validator: every problem is reported, and nothing is written.
    public static readonly ErrorCode Syntax = new("SYNTAX", null, "A seed file is not valid YAML or not shaped as graph-seed/README.md describes.");
    public static readonly ErrorCode UnknownKind = new("UNKNOWN_KIND", null, "A seed file's header names no node kind.");
    public static readonly ErrorCode UnknownType = new("UNKNOWN_TYPE", null, "A seed file's header names no relationship type.");
    public static readonly ErrorCode UnknownField = new("UNKNOWN_FIELD", null, "A seed record has a field its format does not have.");
    public static readonly ErrorCode UnknownProperty = new("UNKNOWN_PROPERTY", Ok, "A property the node kind or relationship type does not have.");
    public static readonly ErrorCode MissingField = new("MISSING_FIELD", Ok, "A required field (id, name, status, from, to) is missing.");
    public static readonly ErrorCode DuplicateKey = new("DUPLICATE_KEY", Ok, "A node key (across all kinds) or a relationship key appears twice, or a key names a node of another kind.");
    public static readonly ErrorCode MissingNode = new("MISSING_NODE", Ok, "A relationship names a node that does not exist.");
    public static readonly ErrorCode WrongKinds = new("WRONG_KINDS", Ok, "A relationship joins kinds its type does not join.");
    public static readonly ErrorCode MissingCitation = new("MISSING_CITATION", Ok, "A relationship has no citation.");
    public static readonly ErrorCode MalformedCitation = new("MALFORMED_CITATION", Ok, "A citation is not in one of the forms graph-seed/README.md lists (a bad NCT, PMID or DOI included).");
    public static readonly ErrorCode WrongType = new("WRONG_TYPE", Ok, "A value is not of the property's or field's type.");
    public static readonly ErrorCode OutOfRange = new("OUT_OF_RANGE", Ok, "A percentage outside 0-100, or a whole number too large.");
    public static readonly ErrorCode InvalidValue = new("INVALID_VALUE", Ok, "An unknown status, evidence level or choice value, or an impossible date.");
    public static readonly ErrorCode DerivedProperty = new("DERIVED_PROPERTY", Ok, "A property the validator derives (a median in months from weeks) was written.");
    public static readonly ErrorCode KeyNotPrintable = new("KEY_NOT_PRINTABLE", Ok, "A node id or qualifier holds a control, invisible or non-plain-space character.");
    public static readonly ErrorCode KeyNotTrimmed = new("KEY_NOT_TRIMMED", Ok, "A node id or qualifier starts or ends with a space.");
    public static readonly ErrorCode KeyTooLong = new("KEY_TOO_LONG", Ok, "A node id or qualifier is over 200 characters.");
    public static readonly ErrorCode MalformedRegistryId = new("MALFORMED_REGISTRY_ID", Ok, "A registry id (registryId, a Trial key, trial) starts like a registry's id but is not of its form.");
    public static readonly ErrorCode UnknownRegistry = new("UNKNOWN_REGISTRY", Ok, "A registryId of no known registry, or a Trial key that is neither a registry id nor a lower-case slug.");
    public static readonly ErrorCode MalformedId = new("MALFORMED_ID", Ok, "A pmcid that is not PMC<positive number>.");
    public static readonly ErrorCode UnknownXrefScheme = new("UNKNOWN_XREF_SCHEME", Ok, "A cross-reference names no known scheme (graph-seed/README.md lists them).");
    public static readonly ErrorCode MalformedXref = new("MALFORMED_XREF", Ok, "A cross-reference id that is not of its scheme's form (a CAS number with a wrong check digit included).");
    public static readonly ErrorCode XrefWrongKind = new("XREF_WRONG_KIND", Ok, "A cross-reference of a scheme that does not apply to the node's kind (a ChEMBL id on a gene).");
    public static readonly ErrorCode DuplicateXref = new("DUPLICATE_XREF", Ok, "A node lists the same scheme and id twice.");
    public static readonly ErrorCode InvalidNotation = new("INVALID_NOTATION", Ok, "resolveVariants: a notation that is not one of the HGVS or legacy forms it reads; the entry's error names the character position and what was expected there.");
    public static readonly ErrorCode AmbiguousXref = new("AMBIGUOUS_XREF", Ok, "An id that several nodes carry (node(xref:) or a name lookup): the error lists them; ask by key or with a scheme prefix.");
    public static readonly ErrorCode AmbiguousName = new("AMBIGUOUS_NAME", Ok, "A name that several nodes answer to in its strongest tier (key, name, alias): the error lists them in extensions.candidates; ask by key, or use resolve(names:).");
    public static readonly ErrorCode DuplicateAlias = new("DUPLICATE_ALIAS", Ok, "Two nodes of one kind share an id, name or alias once case and punctuation are ignored: a lookup by it could not tell them apart.");

    // Consistency between the records of a batch (and, for a mutation, the graph around it): graph-seed/README.md.
    public static readonly ErrorCode ArmWithoutTrial = new("ARM_WITHOUT_TRIAL", Ok, "A TrialArm that no HAS_ARM links from its trial.");
    public static readonly ErrorCode ArmInTwoTrials = new("ARM_IN_TWO_TRIALS", Ok, "A second HAS_ARM into a TrialArm: an arm belongs to exactly one trial.");
    public static readonly ErrorCode PopulationNotEnrolled = new("POPULATION_NOT_ENROLLED", Ok, "An arm STUDIES a variant or class that its trial does not ENROLL (itself or a class it is a member of).");
    public static readonly ErrorCode BasisTrialWithoutDrug = new("BASIS_TRIAL_WITHOUT_DRUG", Ok, "An approval is BASED_ON a trial none of whose arms EVALUATES the drug it APPROVES.");
    public static readonly ErrorCode ArmMismatch = new("ARM_MISMATCH", Ok, "The arm of a SENSITIVE_TO or RESISTANT_TO does not EVALUATE its drug or does not STUDY its variant (or a class the variant is a member of).");

    // Mutations only.
    public static readonly ErrorCode WrongProperties = new("WRONG_PROPERTIES", Ok, "A link carries the properties of another relationship type than its type.");
    public static readonly ErrorCode WriteRefused = new("WRITE_REFUSED", Ok, "The store refused the batch as a whole (it changed under the request); nothing was written.");

    // The CLI's seed --to.
    public static readonly ErrorCode PushFailed = new("PUSH_FAILED", null, "seed --to: the API did not answer with GraphQL, or answered without an importGraph result.");

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(ErrorCode))
        .OrderBy(field => field.MetadataToken)
        .Select(field => (ErrorCode)field.GetValue(null)!)
        .ToList();
}
