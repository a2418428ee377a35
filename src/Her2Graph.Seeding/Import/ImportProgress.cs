namespace Her2Graph.Seeding.Import;

/// <summary>
/// How far an import (or a push) has got, for a progress bar: <paramref name="Done"/> of <paramref name="Total"/> items
/// of one <paramref name="Stage"/>. The same shape as the exports' progress, so one display serves both.
/// </summary>
/// <param name="Total">null when the stage cannot say in advance.</param>
public sealed record ImportProgress(string Stage, long Done, long? Total)
{
    public const string Reading = "reading files";

    public const string Validating = "validating";

    /// <summary>One atomic write: it goes from none to all of its records.</summary>
    public const string Writing = "writing";
}
