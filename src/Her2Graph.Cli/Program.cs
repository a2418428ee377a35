using Her2Graph.Cli;

// Ctrl+C cancels the running command instead of killing the process mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandLine.RunAsync(args, new CommandConsole(Console.Out, Console.Error, Environment.CurrentDirectory), cancellation.Token);
