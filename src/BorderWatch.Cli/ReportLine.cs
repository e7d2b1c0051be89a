using System.Globalization;
using System.Text;

namespace BorderWatch.Cli;

/// <summary>
/// One line of a batch report, safe to print: control characters and line or paragraph separators (a newline in a
/// file name, an ANSI escape) are written as <c>\n</c> or <c>\u001B</c>, so a crafted name cannot forge a line of
/// the report or drive the terminal.
/// </summary>
public static class ReportLine
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return sb.ToString();
    }

    // Controls, line and paragraph separators, and the bidirectional overrides that make text read backwards.
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'
            or '\u2066' or '\u2067' or '\u2068' or '\u2069';
}
