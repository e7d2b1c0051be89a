using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>Raw bytes decoded to text, with the name of the encoding that was used.</summary>
internal sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns raw bytes into text: refuses binary files, then BOM, then the charset the document declares,
/// else strict UTF-8 (no silent replacement characters).
/// </summary>
internal static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int SniffLength = 8192;

    // Signatures of formats people drop into an import folder by mistake.
    private static readonly (byte[] Magic, string Name)[] MagicNumbers =
    [
        ("%PDF"u8.ToArray(), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ("GIF87a"u8.ToArray(), "GIF"),
        ("GIF89a"u8.ToArray(), "GIF"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ([0x1F, 0x8B], "GZIP"),
        ("Rar!"u8.ToArray(), "RAR"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "MS Office"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("OggS"u8.ToArray(), "Ogg"),
        ("ID3"u8.ToArray(), "MP3"),
    ];

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="findDeclaredCharset"/> finds the charset the document names in its ASCII head.</summary>
    public static DecodedText Decode(string source, byte[] bytes, Func<string, string?> findDeclaredCharset) =>
        NoNul(source, DecodeText(source, bytes, findDeclaredCharset));

    private static DecodedText DecodeText(string source, byte[] bytes, Func<string, string?> findDeclaredCharset)
    {
        if (bytes.Length == 0) throw new InvalidDocumentException(source, "file is empty");

        // A BOM is the strongest evidence and must be checked before the NUL test (UTF-16 is full of NULs).
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE && !(bytes.Length >= 4 && bytes[2] == 0 && bytes[3] == 0))
            return Strict(source, bytes, 2, new UnicodeEncoding(false, false, true), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Strict(source, bytes, 2, new UnicodeEncoding(true, false, true), "utf-16be");

        if (Utf16WithoutBom(bytes) is { } utf16) return Strict(source, bytes, 0, utf16.Encoding, utf16.Name);

        RefuseBinary(source, bytes);

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8(source, bytes, 3, "a UTF-8 byte order mark");

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var declared = findDeclaredCharset(head);
        if (declared is not null && Resolve(declared) is { } encoding)
        {
            if (encoding.CodePage == Encoding.UTF8.CodePage)
                return Utf8(source, bytes, 0, $"the declared charset {declared}");
            // The document was read as ASCII to find the declaration, so only an ASCII-compatible charset can be
            // right: a UTF-16/32, UTF-7 or EBCDIC label is a lie (or an attack) and is ignored, as browsers do.
            if (IsAsciiCompatible(encoding))
                return new DecodedText(encoding.GetString(bytes), encoding.WebName);
        }
        return Utf8(source, bytes, 0, null);
    }

    /// <summary>The charset of an HTML &lt;meta charset&gt; or http-equiv content-type, if any.</summary>
    public static string? HtmlCharset(string head) =>
        HtmlCharsetPattern().Match(head) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The encoding of an XML declaration, if any.</summary>
    public static string? XmlCharset(string head) =>
        XmlCharsetPattern().Match(head) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Refuses text holding U+0000 anywhere (the binary sniff sees only the first 8 KB).</summary>
    private static DecodedText NoNul(string source, DecodedText decoded)
    {
        var at = decoded.Text.IndexOf('\0');
        if (at >= 0) throw new InvalidDocumentException(source, $"binary content (NUL character at character {at})");
        return decoded;
    }

    private static readonly string AsciiProbe = "<meta charset=\"x\"> <?xml encoding='x'?> abcXYZ019+-/&;#";

    private static bool IsAsciiCompatible(Encoding encoding)
    {
        if (encoding is UnicodeEncoding or UTF32Encoding || encoding.CodePage == 65000) return false;   // 65000 = UTF-7
        try { return encoding.GetBytes(AsciiProbe).AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(AsciiProbe)); }
        catch (EncoderFallbackException) { return false; }
    }

    /// <summary>
    /// UTF-16 without a byte order mark: in the first 8 KB nearly every other byte is zero (ASCII-range text) on
    /// the same side of each pair. Anything else with NULs is left to the binary check.
    /// </summary>
    private static (Encoding Encoding, string Name)? Utf16WithoutBom(byte[] bytes)
    {
        var pairs = Math.Min(bytes.Length, SniffLength) / 2;
        if (pairs < 8 || bytes.Length % 2 != 0) return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0 && bytes[2 * i + 1] != 0) evenZero++;
            if (bytes[2 * i + 1] == 0 && bytes[2 * i] != 0) oddZero++;
        }
        if (oddZero * 10 >= pairs * 9) return (new UnicodeEncoding(false, false, true), "utf-16le");
        if (evenZero * 10 >= pairs * 9) return (new UnicodeEncoding(true, false, true), "utf-16be");
        return null;
    }

    private static Encoding? Resolve(string name)
    {
        var label = name.Trim().ToLowerInvariant();
        // As browsers do (WHATWG Encoding): these labels mean windows-1252 in practice.
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1") label = "windows-1252";
        if (label is "utf8" or "unicode-1-1-utf-8") label = "utf-8";
        // Common spellings .NET does not know: "cp1251", "win-1251", "x-cp1251".
        if (WindowsCodePageLabel().Match(label) is { Success: true } windows) label = $"windows-{windows.Groups[1].Value}";
        try { return Encoding.GetEncoding(label); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return null; }
    }

    private static DecodedText Strict(string source, byte[] bytes, int skip, Encoding encoding, string name)
    {
        try { return new DecodedText(encoding.GetString(bytes, skip, bytes.Length - skip), name); }
        catch (DecoderFallbackException) { throw new InvalidDocumentException(source, $"invalid {name.ToUpperInvariant()} text{(skip > 0 ? " after the byte order mark" : "")}"); }
    }

    private static DecodedText Utf8(string source, byte[] bytes, int skip, string? why)
    {
        var input = bytes.AsSpan(skip);
        var chars = ArrayPool<char>.Shared.Rent(input.Length + 1);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(input, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var because = why is null ? "no other encoding declared" : $"as announced by {why}";
                throw new InvalidDocumentException(source, $"invalid UTF-8 at byte offset {skip + read} ({because})");
            }
            return new DecodedText(new string(chars, 0, written), "utf-8");
        }
        finally { ArrayPool<char>.Shared.Return(chars); }
    }

    private static void RefuseBinary(string source, byte[] bytes)
    {
        foreach (var (magic, name) in MagicNumbers)
            if (bytes.AsSpan().StartsWith(magic)) throw new InvalidDocumentException(source, $"binary file ({name})");

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, SniffLength));
        if (sample.Contains((byte)0)) throw new InvalidDocumentException(source, "binary file (contains NUL bytes)");
        var control = 0;
        foreach (var b in sample)
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x1B)) || b == 0x7F) control++;
        // Text has next to none; 5% is far beyond any real article.
        if (control * 20 > sample.Length)
            throw new InvalidDocumentException(source, $"binary file ({control * 100 / sample.Length}% control characters)");
    }

    [GeneratedRegex(@"^(?:x-)?(?:cp|win|windows)-?(12[05]\d)$")]
    private static partial Regex WindowsCodePageLabel();

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCharsetPattern();

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlCharsetPattern();
}
