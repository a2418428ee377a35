using System.Globalization;

namespace Her2Graph.Storage.Sqlite.Rows;

/// <summary>Timestamps as round-trip ISO 8601 text: readable in the file and exact when read back, offset included.</summary>
internal static class SqliteAuditText
{
    public static string Format(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
