using System.IO.Compression;
using Recruiting.Legacy.Import;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Reads uploaded legacy files (.md, .markdown, .txt, or a .zip of them) into import sources, within limits that
/// stop oversized uploads and zip bombs: entries are read through a counting stream, never trusting their headers.
/// Only text is kept, decoded as the command line decodes files (<see cref="LegacyFileText"/>); nothing is written
/// under a name the user chose. A zip over a limit (files or unpacked size) is refused whole, never cut short.
/// </summary>
public static class UploadedImport
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;
    public const long MaxTotalTextBytes = 50 * 1024 * 1024;
    public const long MaxFileBytes = LegacyFileText.MaxFileBytes;
    public const int MaxFiles = 5000;

    public sealed record Result(IReadOnlyList<ImportSource> Sources, IReadOnlyList<ImportUploadError> Errors, IReadOnlyList<SkippedFile> Skipped);

    /// <summary>
    /// A file the import leaves out, and why: the report lists it (a PDF beside the Markdown files, say). <paramref name="Zip"/> is
    /// the zip it came in, null for a file uploaded on its own.
    /// </summary>
    public sealed record SkippedFile(string? Zip, string Path, string Reason)
    {
        public string Name => Zip is null ? Path : $"{Zip} › {Path}";
    }

    /// <summary>Why a file is left out: the importer reads Markdown and text only, as the command line does.</summary>
    public const string NotMarkdown = "Not a Markdown or text file: only .md, .markdown and .txt files are imported.";

    public static async Task<Result> ReadAsync(IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var sources = new List<ImportSource>();
        var errors = new List<ImportUploadError>();
        var skipped = new List<SkippedFile>();
        long total = 0;
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = upload.OpenReadStream();
                (total, var refused) = ReadZip(stream, name, sources, errors, skipped, total);
                if (refused) return new([], errors, []);
            }
            else if (ImportSourceReader.IsReadable(name))
            {
                if (upload.Length > MaxFileBytes) { errors.Add(new(ImportUploadError.FileTooLarge, name, MaxFileBytes / 1024 / 1024)); continue; }
                await using var stream = upload.OpenReadStream();
                var bytes = await ReadBytesAsync(stream, MaxFileBytes, ct);
                total += upload.Length;
                if (bytes is null) errors.Add(new(ImportUploadError.FileTooLarge, name, MaxFileBytes / 1024 / 1024));
                else sources.Add(LegacyFileText.Decode(name, bytes));
            }
            else skipped.Add(new(null, name, NotMarkdown));
            if (sources.Count > MaxFiles || total > MaxTotalTextBytes)
                return new([], [new(ImportUploadError.UploadTooLarge, MaxFiles, MaxTotalTextBytes / 1024 / 1024)], []);
        }
        if (sources.Count == 0 && errors.Count == 0)
            errors.Add(skipped.Count == 0 ? new(ImportUploadError.NothingChosen) : new(ImportUploadError.NothingImportable));
        return new(sources, errors, skipped);
    }

    /// <summary>Adds the zip's files; true when the zip breaks a limit, and the whole upload is refused.</summary>
    private static (long Total, bool Refused) ReadZip(Stream stream, string zipName, List<ImportSource> sources, List<ImportUploadError> errors,
        List<SkippedFile> skipped, long total)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var files = new List<(ZipArchiveEntry Entry, string Path)>();
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var path = SafeEntryPath(entry.FullName);
                if (path is null) errors.Add(new(ImportUploadError.UnsafeEntry, zipName, entry.FullName));
                else if (ImportSourceReader.IsReadable(path)) files.Add((entry, path));
                else skipped.Add(new(zipName, path, NotMarkdown));
            }
            if (sources.Count + files.Count > MaxFiles)
            {
                errors.Add(new(ImportUploadError.ZipTooManyFiles, zipName, MaxFiles));
                return (total, true);
            }
            foreach (var (entry, path) in files)
            {
                using var content = entry.Open();
                var bytes = ReadBytesAsync(content, MaxFileBytes, CancellationToken.None).GetAwaiter().GetResult();
                if (bytes is null) { errors.Add(new(ImportUploadError.EntryTooLarge, zipName, path, MaxFileBytes / 1024 / 1024)); continue; }
                total += bytes.Length;
                if (total > MaxTotalTextBytes)
                {
                    errors.Add(new(ImportUploadError.ZipTooLarge, zipName, MaxTotalTextBytes / 1024 / 1024));
                    return (total, true);
                }
                sources.Add(LegacyFileText.Decode(path, bytes));
            }
        }
        // A file shorter than a zip's end record makes ZipArchive seek before the start of the upload stream.
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException)
        {
            errors.Add(new(ImportUploadError.NotAZip, zipName));
        }
        return (total, false);
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

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when there are more.</summary>
    private static async Task<byte[]?> ReadBytesAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
