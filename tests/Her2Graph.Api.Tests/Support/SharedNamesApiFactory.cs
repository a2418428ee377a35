using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The seeded API plus drugs whose names collide within their kind, written straight to the store: the validator's
/// DUPLICATE_ALIAS rule keeps such names out of seeds and mutations, so only a graph written around it (another writer,
/// an older store) holds them, and the lookups must still never pick silently.
/// </summary>
public sealed class SharedNamesApiFactory : ApiFactory, IAsyncLifetime
{
    /// <summary>The name of <see cref="NameHolder"/> and an alias of <see cref="AliasHolder"/>.</summary>
    public const string NameAndAlias = "Quorimab";
    public const string NameHolder = "tier-name-holder";
    public const string AliasHolder = "tier-alias-holder";

    /// <summary>The key of <see cref="KeyHolder"/>, and with a capital the name of <see cref="KeyLookalike"/>.</summary>
    public const string Key = "veximab";
    public const string KeyHolder = Key;
    public const string KeyLookalike = "tier-key-lookalike";

    /// <summary>An alias of both <see cref="SharedAliasHolders"/> (spelled SHARED-MAB on the second).</summary>
    public const string SharedAlias = "Sharedmab";
    public static readonly string[] SharedAliasHolders = ["tier-shared-alias-1", "tier-shared-alias-2"];

    public async Task InitializeAsync()
    {
        GraphNode[] drugs =
        [
            Drug(NameHolder, NameAndAlias),
            Drug(AliasHolder, "tier alias holder", NameAndAlias),
            Drug(KeyHolder, "veximab (the key holder)"),
            Drug(KeyLookalike, "Veximab"),
            Drug(SharedAliasHolders[0], "first shared alias holder", SharedAlias),
            Drug(SharedAliasHolders[1], "second shared alias holder", "SHARED-MAB"),
        ];
        var context = new WriteContext("test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "names the validator refuses");
        await Services.GetRequiredService<IGraphStore>().WriteAsync(GraphWrite.Upsert(drugs, [], context), CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static GraphNode Drug(string id, string name, params string[] aliases) =>
        new(id, NodeKind.Drug, name, aliases, PropertyBag.Empty, new Provenance([], VerificationStatus.FromKnowledge, null));
}
