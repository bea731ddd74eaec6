using System.Buffers;
using System.Text;
using System.Text.Json;
using Recruiting.Legacy.Import;

namespace Recruiting.Web.Cli;

/// <summary>
/// The import report as JSON, written out as the run goes: each file's report as soon as the run finishes it, so that
/// none is kept whatever the run's size, then the counts. The document is the serialized <see cref="ImportReport"/>
/// with every file in it; the files come in the order the run finished them (see <see cref="IFileReportSink"/>).
/// </summary>
public sealed class ImportReportJson : IFileReportSink, IDisposable
{
    private readonly JsonSerializerOptions _options;
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public ImportReportJson(JsonSerializerOptions options, TextWriter output, bool dryRun)
    {
        (_options, _output) = (options, output);
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter, IndentSize = options.IndentSize,
            NewLine = options.NewLine, Encoder = options.Encoder, MaxDepth = options.MaxDepth,
        });
        _json.WriteStartObject();
        _json.WriteBoolean(Name(nameof(ImportReport.DryRun)), dryRun);
        _json.WriteStartArray(Name(nameof(ImportReport.Files)));
        WriteOut();
    }

    public void Add(int index, FileReport file)
    {
        JsonSerializer.Serialize(_json, file, _options);
        WriteOut();
    }

    /// <summary>Closes the document with the run's counts: every property of the report after its files.</summary>
    public async Task EndAsync(ImportReport report)
    {
        _json.WriteEndArray();
        using var whole = JsonSerializer.SerializeToDocument(report, _options);
        foreach (var property in whole.RootElement.EnumerateObject())
            if (!property.NameEquals(Name(nameof(ImportReport.DryRun))) && !property.NameEquals(Name(nameof(ImportReport.Files))))
                property.WriteTo(_json);
        _json.WriteEndObject();
        WriteOut();
        await _output.WriteLineAsync();
    }

    public void Dispose() => _json.Dispose();

    private string Name(string property) => _options.PropertyNamingPolicy?.ConvertName(property) ?? property;

    private void WriteOut()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
