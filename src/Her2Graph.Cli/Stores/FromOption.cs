using System.CommandLine;

namespace Her2Graph.Cli.Stores;

/// <summary>The <c>--from STORE</c> of a command that reads a graph; the default SQLite file when not given.</summary>
internal static class FromOption
{
    public static Option<StoreLocator?> Create(CommandConsole console)
    {
        var option = StoreOption.Create("--from", "The store to read", console);
        option.DefaultValueFactory = _ => new StoreLocator.Sqlite(Path.GetFullPath(StoreLocator.DefaultSqlitePath, console.CurrentDirectory));
        return option;
    }
}
