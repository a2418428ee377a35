namespace Her2Graph.Api.Schema.Lookups;

/// <summary>The tiers of a lookup, strongest first: a name is answered by the first tier any node matches in.</summary>
internal enum MatchedBy
{
    /// <summary>The text is a node's key (its natural key exactly, or its global id).</summary>
    Key,

    /// <summary>The text is a node's name, or its key written with other case or punctuation.</summary>
    Name,

    /// <summary>The text is one of a node's aliases (brand, code, abbreviated or legacy names).</summary>
    Alias,

    /// <summary>The text is an outside id a node carries (DB14962, HGNC:3430, rs397516975).</summary>
    Xref,
}
