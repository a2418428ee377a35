namespace Her2Graph.Domain.Store;

/// <summary>Who writes, when, and why: recorded in the audit stamps and the change log.</summary>
/// <param name="Actor">An API key id, or <c>seed</c> for an import from files.</param>
/// <param name="At">When the write happens (given by the caller so that tests control the clock).</param>
/// <param name="Comment">Why, in the curator's words.</param>
public sealed record WriteContext(string Actor, DateTimeOffset At, string? Comment = null);
