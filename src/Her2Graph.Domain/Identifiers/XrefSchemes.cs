using System.Text.RegularExpressions;
using Her2Graph.Domain.Errors;
using static Her2Graph.Domain.Graph.NodeKind;

namespace Her2Graph.Domain.Identifiers;

/// <summary>
/// Every cross-reference scheme with its id pattern and link (the one place they are defined: the seed validator, the
/// mutations, the GraphQL enum and <c>node(xref:)</c> read them here), and the parsing of <c>SCHEME:id</c> keys.
/// </summary>
public static partial class XrefSchemes
{
    public static IReadOnlyList<XrefSchemeDefinition> All { get; } =
    [
        new(XrefScheme.Hgnc, "HUGO Gene Nomenclature Committee id.", [Gene], HgncPattern(), "HGNC:3430",
            "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/{id}", SelfIdentifying: true),
        new(XrefScheme.NcbiGene, "NCBI Gene id.", [Gene], Digits(), "2064", "https://www.ncbi.nlm.nih.gov/gene/{id}", SelfIdentifying: false),
        new(XrefScheme.Ensembl, "Ensembl gene id.", [Gene], EnsemblPattern(), "ENSG00000141736", "https://www.ensembl.org/id/{id}", SelfIdentifying: true),
        new(XrefScheme.Uniprot, "UniProtKB accession of the gene's protein.", [Gene], UniprotPattern(), "P04626",
            "https://www.uniprot.org/uniprotkb/{id}/entry", SelfIdentifying: false),
        new(XrefScheme.HgvsCoding, "HGVS coding-DNA change on a RefSeq transcript (for ERBB2, NM_004448.4).", [Variant], HgvsCodingPattern(),
            "NM_004448.4:c.2313_2324dup", UrlTemplate: null, SelfIdentifying: true),
        new(XrefScheme.HgvsGenomicGrch38, "HGVS genomic change on GRCh38: chromosome 17, NC_000017.11.", [Variant], HgvsGrch38Pattern(),
            "NC_000017.11:g.39724731_39724742dup", UrlTemplate: null, SelfIdentifying: true),
        new(XrefScheme.HgvsGenomicGrch37, "HGVS genomic change on GRCh37: chromosome 17, NC_000017.10.", [Variant], HgvsGrch37Pattern(),
            "NC_000017.10:g.37880984_37880995dup", UrlTemplate: null, SelfIdentifying: true),
        new(XrefScheme.Clinvar, "ClinVar VariationID.", [Variant], Digits(), "44985", "https://www.ncbi.nlm.nih.gov/clinvar/variation/{id}/", SelfIdentifying: false),
        new(XrefScheme.Cosmic, "COSMIC mutation id (legacy COSM or genomic COSV).", [Variant], CosmicPattern(), "COSM20959",
            "https://cancer.sanger.ac.uk/cosmic/search?q={id}", SelfIdentifying: true),
        new(XrefScheme.Dbsnp, "dbSNP reference SNP id.", [Variant], DbsnpPattern(), "rs397516975", "https://www.ncbi.nlm.nih.gov/snp/{id}", SelfIdentifying: true),
        new(XrefScheme.Chembl, "ChEMBL compound id.", [Drug], ChemblPattern(), "CHEMBL1201585",
            "https://www.ebi.ac.uk/chembl/explore/compound/{id}", SelfIdentifying: true),
        new(XrefScheme.Drugbank, "DrugBank accession.", [Drug], DrugbankPattern(), "DB14962", "https://go.drugbank.com/drugs/{id}", SelfIdentifying: true),
        new(XrefScheme.Ncit, "NCI Thesaurus concept code.", [Drug, Disease], NcitPattern(), "C128799",
            "https://evsexplore.semantics.cancer.gov/evsexplore/concept/ncit/{id}", SelfIdentifying: false),
        new(XrefScheme.Rxnorm, "RxNorm concept id (RxCUI).", [Drug], Digits(), "224905",
            "https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm={id}", SelfIdentifying: false),
        new(XrefScheme.Unii, "FDA Unique Ingredient Identifier.", [Drug], UniiPattern(), "5384HK7574",
            "https://precision.fda.gov/uniisearch/srs/unii/{id}", SelfIdentifying: false),
        new(XrefScheme.Pubchem, "PubChem compound id (CID).", [Drug], Digits(), "146160902", "https://pubchem.ncbi.nlm.nih.gov/compound/{id}", SelfIdentifying: false),
        new(XrefScheme.Cas, "CAS Registry Number, with its check digit.", [Drug], CasPattern(), "1826843-81-5",
            "https://commonchemistry.cas.org/detail?cas_rn={id}", SelfIdentifying: true, HasCasCheckDigit),
        new(XrefScheme.MeddraPt, "MedDRA preferred term code (label: the PT name). MedDRA is licensed, so there is no open page.", [AdverseEvent],
            MeddraPattern(), "10012735", UrlTemplate: null, SelfIdentifying: false),
        new(XrefScheme.CtcaeV5, "CTCAE v5.0 term by its MedDRA lowest-level-term code (label: the CTCAE term).", [AdverseEvent],
            MeddraPattern(), "10012727", UrlTemplate: null, SelfIdentifying: false),
        new(XrefScheme.Mondo, "Mondo Disease Ontology id.", [Disease], MondoPattern(), "MONDO:0005233", "https://monarchinitiative.org/{id}", SelfIdentifying: true),
        new(XrefScheme.Oncotree, "OncoTree code.", [Disease], OncotreePattern(), "NSCLC",
            "https://oncotree.mskcc.org/?version=oncotree_latest_stable&field=CODE&search={id}", SelfIdentifying: false),
        new(XrefScheme.Doid, "Human Disease Ontology id.", [Disease], DoidPattern(), "DOID:3908", "https://disease-ontology.org/?id={id}", SelfIdentifying: true),
        new(XrefScheme.Efo, "Experimental Factor Ontology id.", [Disease], EfoPattern(), "EFO_0003060",
            "https://www.ebi.ac.uk/ols4/ontologies/efo/classes?short_form={id}", SelfIdentifying: true),
    ];

    private static readonly Dictionary<XrefScheme, XrefSchemeDefinition> ByScheme = All.ToDictionary(d => d.Scheme);

    // The prefixes a key may start with: each wire name, and the spellings other resources use for the same scheme.
    private static readonly Dictionary<string, XrefScheme> ByPrefix = BuildPrefixes();

    public static XrefSchemeDefinition Get(XrefScheme scheme) => ByScheme[scheme];

    /// <summary>
    /// <c>SCHEME:id</c>, except that an id which already starts with its scheme's prefix (<c>HGNC:3430</c>,
    /// <c>MONDO:0005233</c>, <c>DOID:3908</c>) is its own key.
    /// </summary>
    public static string KeyOf(XrefScheme scheme, string id)
    {
        var prefix = Get(scheme).WireName + ":";
        return id.StartsWith(prefix, StringComparison.Ordinal) ? id : prefix + id;
    }

    /// <summary>
    /// Reads what a client typed as an id: <c>CHEMBL:CHEMBL1201585</c>, <c>chembl:CHEMBL1201585</c>,
    /// <c>NCBIGene:2064</c>, <c>HGNC:3430</c>, or a bare id that only one kind of scheme writes (<c>CHEMBL554</c>,
    /// <c>rs397516975</c>, <c>NM_004448.4:c.2313_2324dup</c>). Gives every scheme the text could name with the id in
    /// that scheme's spelling, or an error that says what is wrong: UNKNOWN_XREF_SCHEME for a prefix that names no
    /// scheme, MALFORMED_XREF for an id not of its scheme's form.
    /// </summary>
    public static bool TryParse(string text, out IReadOnlyList<(XrefScheme Scheme, string Id)> candidates, out ErrorCode code, out string error)
    {
        candidates = [];
        error = string.Empty;
        code = ErrorCodes.MalformedXref;
        var value = text.Trim();
        if (value.Length == 0)
        {
            error = "empty cross-reference: expected SCHEME:id, e.g. CHEMBL:CHEMBL1201585";
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && ByPrefix.TryGetValue(Squash(value[..colon]), out var named))
        {
            var rest = value[(colon + 1)..].Trim();
            var definition = Get(named);
            foreach (var id in Spellings(rest).Append(value).Concat(Spellings(rest).Select(s => definition.WireName + ":" + s)))
            {
                if (!definition.IsWellFormed(id)) continue;
                candidates = [(named, id)];
                return true;
            }

            error = $"'{rest}' is not a well-formed {definition.WireName} id: expected e.g. {definition.Example}";
            return false;
        }

        var bare = All.Where(d => d.SelfIdentifying)
            .SelectMany(d => Spellings(value).Where(d.IsWellFormed).Take(1).Select(id => (d.Scheme, id)))
            .ToList();
        if (bare.Count > 0)
        {
            candidates = bare;
            return true;
        }

        if (colon > 0) code = ErrorCodes.UnknownXrefScheme;
        error = colon > 0
            ? $"unknown scheme '{value[..colon]}': expected one of {string.Join(", ", All.Select(d => d.WireName))}, then a colon and the id"
            : $"'{value}' names no scheme: write SCHEME:id, e.g. NCBI_GENE:2064 or CHEMBL:CHEMBL1201585";
        return false;
    }

    // The id as typed, then in upper and lower case (CHEMBL554, rs397516975). After a scheme prefix the caller also
    // tries the whole text and the prefix put back, for schemes whose ids carry it (HGNC:3430, hgnc:3430, MONDO:0005233).
    private static IEnumerable<string> Spellings(string id) => [id, id.ToUpperInvariant(), id.ToLowerInvariant()];

    private static Dictionary<string, XrefScheme> BuildPrefixes()
    {
        var prefixes = All.ToDictionary(d => Squash(d.WireName), d => d.Scheme);
        (string Alias, XrefScheme Scheme)[] aliases =
        [
            ("ncbigene", XrefScheme.NcbiGene), ("entrez", XrefScheme.NcbiGene), ("geneid", XrefScheme.NcbiGene),
            ("uniprotkb", XrefScheme.Uniprot), ("hgvsc", XrefScheme.HgvsCoding), ("chemblcompound", XrefScheme.Chembl),
            ("rxcui", XrefScheme.Rxnorm), ("pubchemcompound", XrefScheme.Pubchem), ("cid", XrefScheme.Pubchem),
            ("casrn", XrefScheme.Cas), ("meddra", XrefScheme.MeddraPt), ("ctcae", XrefScheme.CtcaeV5),
            ("clinvarvariation", XrefScheme.Clinvar), ("snp", XrefScheme.Dbsnp), ("ncithesaurus", XrefScheme.Ncit),
        ];
        foreach (var (alias, scheme) in aliases) prefixes[alias] = scheme;
        return prefixes;
    }

    private static string Squash(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // CAS: the last digit is the sum of the other digits, each times its place counted from the right, mod 10.
    private static bool HasCasCheckDigit(string id)
    {
        var digits = id.Where(char.IsDigit).Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < digits.Length - 1; i++) sum += digits[digits.Length - 2 - i] * (i + 1);
        return sum % 10 == digits[^1];
    }

    // A positive number without leading zeros: zero is no record in any of these databases.
    [GeneratedRegex(@"^[1-9]\d{0,11}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^HGNC:[1-9]\d{0,8}$")]
    private static partial Regex HgncPattern();

    [GeneratedRegex(@"^ENSG\d{11}$")]
    private static partial Regex EnsemblPattern();

    // UniProt's documented accession format.
    [GeneratedRegex(@"^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$")]
    private static partial Regex UniprotPattern();

    [GeneratedRegex(@"^NM_\d+\.\d+:c\.[-*]?\d[\w>*+\-]*$")]
    private static partial Regex HgvsCodingPattern();

    // Chromosome 17 only (ERBB2's, the only one the facts cite): NC_000017.11 on GRCh38, NC_000017.10 on GRCh37. The
    // accession version is what tells the builds apart, so each scheme accepts exactly its own.
    [GeneratedRegex(@"^NC_000017\.11:g\.\d[\w>]*$")]
    private static partial Regex HgvsGrch38Pattern();

    [GeneratedRegex(@"^NC_000017\.10:g\.\d[\w>]*$")]
    private static partial Regex HgvsGrch37Pattern();

    [GeneratedRegex(@"^COS[MV][1-9]\d{0,11}$")]
    private static partial Regex CosmicPattern();

    [GeneratedRegex(@"^rs[1-9]\d{0,11}$")]
    private static partial Regex DbsnpPattern();

    [GeneratedRegex(@"^CHEMBL[1-9]\d{0,11}$")]
    private static partial Regex ChemblPattern();

    [GeneratedRegex(@"^DB\d{5}$")]
    private static partial Regex DrugbankPattern();

    [GeneratedRegex(@"^C\d{1,7}$")]
    private static partial Regex NcitPattern();

    [GeneratedRegex(@"^[0-9A-Z]{10}$")]
    private static partial Regex UniiPattern();

    [GeneratedRegex(@"^\d{2,7}-\d{2}-\d$")]
    private static partial Regex CasPattern();

    [GeneratedRegex(@"^1\d{7}$")]
    private static partial Regex MeddraPattern();

    [GeneratedRegex(@"^MONDO:\d{7}$")]
    private static partial Regex MondoPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]{1,15}$")]
    private static partial Regex OncotreePattern();

    [GeneratedRegex(@"^DOID:[1-9]\d{0,8}$")]
    private static partial Regex DoidPattern();

    [GeneratedRegex(@"^EFO_\d{7}$")]
    private static partial Regex EfoPattern();
}
