using System.IO.Compression;
using System.Text;
using Recruiting.Legacy.Import;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Reads uploaded legacy files (.md, .markdown, .txt, or a .zip of them) into import sources, within limits that
/// stop oversized uploads and zip bombs: entries are read through a counting stream, never trusting their headers.
/// Only text is kept; nothing is written under a name the user chose.
/// </summary>
public static class UploadedImport
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;
    public const long MaxTotalTextBytes = 50 * 1024 * 1024;
    public const long MaxFileBytes = 2 * 1024 * 1024;
    public const int MaxFiles = 5000;

    public sealed record Result(IReadOnlyList<ImportSource> Sources, IReadOnlyList<ImportUploadError> Errors);

    public static async Task<Result> ReadAsync(IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var sources = new List<ImportSource>();
        var errors = new List<ImportUploadError>();
        long total = 0;
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = upload.OpenReadStream();
                total = ReadZip(stream, name, sources, errors, total);
            }
            else if (ImportSourceReader.IsReadable(name))
            {
                if (upload.Length > MaxFileBytes) { errors.Add(new(ImportUploadError.FileTooLarge, name, MaxFileBytes / 1024 / 1024)); continue; }
                await using var stream = upload.OpenReadStream();
                var text = await ReadTextAsync(stream, MaxFileBytes, ct);
                total += upload.Length;
                if (text is null) errors.Add(new(ImportUploadError.FileTooLarge, name, MaxFileBytes / 1024 / 1024));
                else sources.Add(new ImportSource(name, text));
            }
            else errors.Add(new(ImportUploadError.NotImportable, name));
            if (sources.Count > MaxFiles || total > MaxTotalTextBytes)
                return new([], [new(ImportUploadError.UploadTooLarge, MaxFiles, MaxTotalTextBytes / 1024 / 1024)]);
        }
        if (sources.Count == 0 && errors.Count == 0) errors.Add(new(ImportUploadError.NothingChosen));
        return new(sources, errors);
    }

    private static long ReadZip(Stream stream, string zipName, List<ImportSource> sources, List<ImportUploadError> errors, long total)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                var path = SafeEntryPath(entry.FullName);
                if (path is null) { errors.Add(new(ImportUploadError.UnsafeEntry, zipName, entry.FullName)); continue; }
                if (!ImportSourceReader.IsReadable(path)) continue;
                if (sources.Count >= MaxFiles) { errors.Add(new(ImportUploadError.ZipTooManyFiles, zipName, MaxFiles)); break; }
                using var content = entry.Open();
                var text = ReadTextAsync(content, MaxFileBytes, CancellationToken.None).GetAwaiter().GetResult();
                if (text is null) { errors.Add(new(ImportUploadError.EntryTooLarge, zipName, path, MaxFileBytes / 1024 / 1024)); continue; }
                total += Encoding.UTF8.GetByteCount(text);
                if (total > MaxTotalTextBytes) { errors.Add(new(ImportUploadError.ZipTooLarge, zipName, MaxTotalTextBytes / 1024 / 1024)); break; }
                sources.Add(new ImportSource(path, text));
            }
        }
        // A file shorter than a zip's end record makes ZipArchive seek before the start of the upload stream.
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException)
        {
            errors.Add(new(ImportUploadError.NotAZip, zipName));
        }
        return total;
    }

    /// <summary>A zip entry's path with forward slashes, or null when it is absolute or climbs out with "..".</summary>
    public static string? SafeEntryPath(string name)
    {
        var path = name.Replace('\\', '/');
        if (path.StartsWith('/') || path.Contains(':')) return null;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is ".." or ".")) return null;
        return string.Join('/', parts);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes as UTF-8 (BOM aware); null when there is more.</summary>
    private static async Task<string?> ReadTextAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
