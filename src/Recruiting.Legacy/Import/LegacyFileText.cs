using System.Buffers;
using System.Text;

namespace Recruiting.Legacy.Import;

/// <summary>
/// Turns a legacy file's bytes into text, the same way for the command line, the start-up import and the console
/// upload. UTF-8 is expected; a byte-order mark chooses UTF-8, UTF-16 or UTF-32. Bytes that are not valid UTF-8
/// are read as Windows-1252 (the superset of Latin-1 old editors saved), with a warning naming the first bad byte,
/// rather than imported with replacement characters. A file over <see cref="MaxFileBytes"/> is not read at all.
/// </summary>
public static class LegacyFileText
{
    /// <summary>The largest file read; a posting with its front matter is a few kilobytes.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Reads a file from disk; a file too large or unreadable comes back with an error notice and no text.</summary>
    public static ImportSource Read(string identity, string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes) return new ImportSource(identity, "", TooLarge(length));
            return Decode(identity, File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImportSource(identity, "", ImportMessage.Error("unreadable", $"The file could not be read: {e.Message}",
                "Check that the file exists and that this program may read it."));
        }
    }

    public static ImportSource Decode(string identity, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFileBytes) return new ImportSource(identity, "", TooLarge(bytes.Length));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return FromBom(identity, bytes[4..], new UTF32Encoding(false, false, true));
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return FromBom(identity, bytes[4..], new UTF32Encoding(true, false, true));
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return FromBom(identity, bytes[2..], new UnicodeEncoding(false, false, true));
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return FromBom(identity, bytes[2..], new UnicodeEncoding(true, false, true));

        if (System.Text.Unicode.Utf8.IsValid(bytes)) return new ImportSource(identity, Encoding.UTF8.GetString(bytes));
        var invalid = FirstInvalidUtf8(bytes);
        var line = bytes[..invalid].Count((byte)'\n') + 1;
        return new ImportSource(identity, Windows1252.GetString(bytes), new ImportMessage("warning", "not-utf8",
            $"The file is not UTF-8 (byte 0x{bytes[invalid]:X2} on line {line} is not valid UTF-8); it was read as Windows-1252 (Latin-1).",
            Line: line, Action: "Check the accented letters in the console, or save the file as UTF-8 and import it again.") with { Args = [$"{bytes[invalid]:X2}", $"{line}"] });
    }

    private static ImportSource FromBom(string identity, ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return new ImportSource(identity, encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return new ImportSource(identity, "", ImportMessage.Error("bad-encoding",
                $"The file starts with a {encoding.WebName} byte-order mark but its bytes are not valid {encoding.WebName}.",
                "Save the file as UTF-8 and import it again.") with { Args = [encoding.WebName] });
        }
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8 (the bytes are known to hold one).</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Min(bytes.Length, 64 * 1024) + 4);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData) return offset;
            }
            return 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static ImportMessage TooLarge(long bytes) => ImportMessage.Error("file-too-large",
        $"The file is {bytes / 1024.0 / 1024.0:0.#} MB; files over {MaxFileBytes / 1024 / 1024} MB are not read.",
        $"Shorten the posting: a body holds at most {Recruiting.Core.Workflow.PostingLimits.Body:N0} characters.")
        with { Args = [$"{bytes / 1024.0 / 1024.0:0.#}", $"{MaxFileBytes / 1024 / 1024}", $"{Recruiting.Core.Workflow.PostingLimits.Body}"] };
}
