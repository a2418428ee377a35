namespace Her2Graph.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input has errors (or the store refused it); nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line was wrong; the usage was printed.</summary>
    public const int Usage = 2;
}
