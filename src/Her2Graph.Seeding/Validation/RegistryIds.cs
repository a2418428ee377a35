using System.Text.RegularExpressions;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Trial registry ids by scheme, for a Trial's registryId, its key and the trial property of a relationship. A Trial
/// key is a registry id, optionally followed by /cohort-… or /phase-…, or a lower-case slug when unregistered.
/// </summary>
internal static partial class RegistryIds
{
    private static readonly RegistryScheme[] Schemes =
    [
        new("ClinicalTrials.gov", NctPrefix(), NctId(), "NCT followed by 8 digits, e.g. NCT03505710"),
        new("ChiCTR", ChiCtrPrefix(), ChiCtrId(), "ChiCTR followed by 10 digits, e.g. ChiCTR2000030707, or ChiCTR-XXX- and 8 digits, e.g. ChiCTR-TRC-12002345"),
        new("EudraCT", EudraCtPrefix(), EudraCtId(), "YYYY-NNNNNN-CC, e.g. 2014-000593-33"),
        new("jRCT", JrctPrefix(), JrctId(), "jRCT followed by 10 digits, e.g. jRCT2031210101, or jRCTs and 9 digits"),
        new("UMIN-CTR", UminPrefix(), UminId(), "UMIN followed by 9 digits, e.g. UMIN000012345"),
        new("China drug trial registry (CTR)", CtrPrefix(), CtrId(), "CTR20 followed by 6 digits, e.g. CTR20181234"),
        new("ISRCTN", IsrctnPrefix(), IsrctnId(), "ISRCTN followed by 8 digits, e.g. ISRCTN12345678"),
    ];

    private static readonly string Accepted = string.Join("; ", Schemes.Select(s => $"{s.Name}: {s.Form}"));

    /// <summary>Checks a registryId value; adds MALFORMED_REGISTRY_ID or UNKNOWN_REGISTRY.</summary>
    public static void CheckRegistryId(string text, string name, string location, ErrorList errors)
    {
        if (SchemeOf(text) is not { } scheme)
        {
            errors.Add(ErrorCodes.UnknownRegistry, location, $"{name} '{text}' is not an id of a known registry: use {Accepted}");
            return;
        }

        if (!scheme.Pattern.IsMatch(text)) errors.Add(ErrorCodes.MalformedRegistryId, location, $"{name} '{text}' is not a {scheme.Name} id: expected {scheme.Form}");
    }

    /// <summary>Checks a Trial key, or a reference to one: a registry id or a slug, optionally with a /slug suffix.</summary>
    public static void CheckTrialKey(string text, string name, string location, ErrorList errors)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? text : text[..slash];
        if (slash >= 0 && !SlugPattern().IsMatch(text[(slash + 1)..]))
        {
            errors.Add(ErrorCodes.InvalidValue, location, $"{name} '{text}': the part after / must be a lower-case slug, e.g. NCT03505710/cohort-2");
            return;
        }

        if (SchemeOf(head) is { } scheme)
        {
            if (!scheme.Pattern.IsMatch(head)) errors.Add(ErrorCodes.MalformedRegistryId, location, $"{name} '{text}' does not start with a {scheme.Name} id: expected {scheme.Form}");
            return;
        }

        if (!SlugPattern().IsMatch(head))
        {
            errors.Add(ErrorCodes.UnknownRegistry, location,
                $"{name} '{text}' is neither a registry id nor a lower-case slug (e.g. horizon-lung): registry ids are {Accepted}");
        }
    }

    private static RegistryScheme? SchemeOf(string text) => Schemes.FirstOrDefault(s => s.Prefix.IsMatch(text));

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^NCT", RegexOptions.IgnoreCase)]
    private static partial Regex NctPrefix();

    [GeneratedRegex(@"^NCT\d{8}$")]
    private static partial Regex NctId();

    [GeneratedRegex(@"^ChiCTR", RegexOptions.IgnoreCase)]
    private static partial Regex ChiCtrPrefix();

    [GeneratedRegex(@"^ChiCTR(\d{10}|-[A-Z]{2,5}-\d{8})$")]
    private static partial Regex ChiCtrId();

    [GeneratedRegex(@"^(EudraCT|\d{4}-\d)", RegexOptions.IgnoreCase)]
    private static partial Regex EudraCtPrefix();

    [GeneratedRegex(@"^(19|20)\d{2}-\d{6}-\d{2}$")]
    private static partial Regex EudraCtId();

    [GeneratedRegex(@"^jRCT", RegexOptions.IgnoreCase)]
    private static partial Regex JrctPrefix();

    [GeneratedRegex(@"^jRCT(\d{10}|s\d{9})$")]
    private static partial Regex JrctId();

    [GeneratedRegex(@"^UMIN", RegexOptions.IgnoreCase)]
    private static partial Regex UminPrefix();

    [GeneratedRegex(@"^UMIN\d{9}$")]
    private static partial Regex UminId();

    [GeneratedRegex(@"^CTR\d", RegexOptions.IgnoreCase)]
    private static partial Regex CtrPrefix();

    [GeneratedRegex(@"^CTR20\d{6}$")]
    private static partial Regex CtrId();

    [GeneratedRegex(@"^ISRCTN", RegexOptions.IgnoreCase)]
    private static partial Regex IsrctnPrefix();

    [GeneratedRegex(@"^ISRCTN\d{8}$")]
    private static partial Regex IsrctnId();
}
