namespace Recruiting.Core.Rendering;

/// <summary>Evens out what legacy files carry around their text (byte-order marks, CR and CRLF line ends) before parsing.</summary>
public static class LegacyText
{
    private const char ByteOrderMark = '\uFEFF';

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var withoutBom = text.Replace(ByteOrderMark.ToString(), "", StringComparison.Ordinal);
        return withoutBom.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
