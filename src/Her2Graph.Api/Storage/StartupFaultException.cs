namespace Her2Graph.Api.Storage;

/// <summary>
/// A fault that retrying cannot fix (bad configuration; a corrupt, foreign or read-only database; refused credentials;
/// no seed folder for an empty store). Its message is the one line printed before the process exits with code 1, so
/// it names the file or setting to fix.
/// </summary>
internal sealed class StartupFaultException : Exception
{
    public StartupFaultException()
    {
    }

    public StartupFaultException(string message)
        : base(message)
    {
    }

    public StartupFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
