namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j refused a request. The Query API answers 202 even when a statement failed, with the failure in an
/// <c>errors</c> array; this carries its first code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) and every message.
/// </summary>
public sealed class Neo4jQueryException : Exception
{
    public Neo4jQueryException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    public Neo4jQueryException()
    {
        Code = string.Empty;
    }

    public Neo4jQueryException(string message)
        : base(message) => Code = string.Empty;

    public Neo4jQueryException(string message, Exception innerException)
        : base(message, innerException) => Code = string.Empty;

    public string Code { get; }
}
