using Her2Graph.Api.Schema.Curation;

namespace Her2Graph.Api.Schema.Import;

/// <summary>What importGraph returns: the outcome of the write, or of the dry run.</summary>
internal sealed record ImportGraphPayload(bool DryRun, WriteOutcome Outcome);
