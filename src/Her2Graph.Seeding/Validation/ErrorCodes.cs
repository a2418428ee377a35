namespace Her2Graph.Seeding.Validation;

/// <summary>The codes of <see cref="ValidationError"/>, as documented in graph-seed/README.md.</summary>
public static class ErrorCodes
{
    public const string Syntax = "SYNTAX";
    public const string UnknownKind = "UNKNOWN_KIND";
    public const string UnknownType = "UNKNOWN_TYPE";
    public const string UnknownField = "UNKNOWN_FIELD";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string MissingField = "MISSING_FIELD";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string MissingNode = "MISSING_NODE";
    public const string WrongKinds = "WRONG_KINDS";
    public const string MissingCitation = "MISSING_CITATION";
    public const string MalformedCitation = "MALFORMED_CITATION";
    public const string WrongType = "WRONG_TYPE";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string InvalidValue = "INVALID_VALUE";
    public const string KeyNotPrintable = "KEY_NOT_PRINTABLE";
    public const string KeyNotTrimmed = "KEY_NOT_TRIMMED";
    public const string KeyTooLong = "KEY_TOO_LONG";
    public const string MalformedRegistryId = "MALFORMED_REGISTRY_ID";
    public const string UnknownRegistry = "UNKNOWN_REGISTRY";
    public const string MalformedId = "MALFORMED_ID";
}
