namespace Her2Graph.Api.Limits;

/// <summary>The <c>extensions.code</c> of each refusal at the edge: one per limit, so a client can tell which it hit.</summary>
internal static class LimitCodes
{
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string DuplicateResponseKey = "DUPLICATE_RESPONSE_KEY";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string DuplicateDirective = "DUPLICATE_DIRECTIVE";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string SearchTextTooLong = "SEARCH_TEXT_TOO_LONG";
    public const string FilterTooLarge = "FILTER_TOO_LARGE";
    public const string FilterTooDeep = "FILTER_TOO_DEEP";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string StringTooLong = "STRING_TOO_LONG";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string StoreError = "STORE_ERROR";
    public const string InternalError = "INTERNAL_ERROR";
}
