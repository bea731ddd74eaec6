using System.Text;
using System.Xml;

namespace Recruiting.Core.Content;

/// <summary>
/// The characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return
/// (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF and unpaired surrogates. The save pipeline refuses
/// them in every field, so the feeds, the sitemap and the pages can always be written; <see cref="Strip"/> keeps
/// those writers safe from rows stored before that rule.
/// </summary>
public static class XmlChars
{
    /// <summary>The index of the first character XML cannot carry, or -1.</summary>
    public static int FirstInvalid(string? text)
    {
        if (text is null) return -1;
        for (var i = 0; i < text.Length; i++)
        {
            // Nearly all text lies in this range, which a vectorized search skips; what lies outside is checked one by one.
            var outside = text.AsSpan(i).IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (outside < 0) return -1;
            i += outside;
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    /// <summary>The text without the characters XML cannot carry.</summary>
    public static string Strip(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
        }
        return sb.ToString();
    }

    /// <summary>How a message names the character: "U+0001".</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";
}
