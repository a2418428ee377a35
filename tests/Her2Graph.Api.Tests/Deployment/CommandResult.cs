namespace Her2Graph.Api.Tests.Deployment;

/// <summary>How a command ended: its exit code and everything it wrote.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public string Describe() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}
