using System.CommandLine;

namespace Her2Graph.Cli.Stores;

/// <summary>A <c>--from</c> or <c>--to</c> option that takes a <see cref="StoreLocator"/>; a bad one is a parse error.</summary>
internal static class StoreOption
{
    public static Option<StoreLocator?> Create(string name, string description, CommandConsole console) => new(name)
    {
        Description = $"{description}: {StoreLocator.Syntax}",
        HelpName = "STORE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (StoreLocator.TryParse(text, console.CurrentDirectory, out var locator, out var error)) return locator;
            result.AddError($"{name}: {error}");
            return null;
        },
    };
}
