using Recruiting.Core.Lint;

namespace Recruiting.Legacy.Import;

/// <summary>
/// One copy per run of each text its report repeats. A run keeps every file's report to the end, and most of a report
/// is its messages' sentences, written anew for each file (the same lint warning on thousands of files): measured on
/// 7 KB postings, about 4 KB per file, which made a run's memory grow with its number of files. A file's messages are
/// made to share these copies once the file is done. Equal texts, so nothing a reader sees changes. Not thread-safe:
/// the writer alone calls it.
/// </summary>
internal sealed class ReportStrings
{
    /// <summary>Distinct texts kept at most: past it, new texts are left as they are (a run of unique texts gains nothing from sharing).</summary>
    private const int MaxTexts = 50_000;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);

    public void Share(FileReport report)
    {
        Share(report.Messages);
        Share(report.Ambiguities);
    }

    private void Share(List<ImportMessage> messages)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            messages[i] = m with
            {
                Code = Shared(m.Code)!, Message = Shared(m.Message)!, Field = Shared(m.Field), Action = Shared(m.Action), Args = Shared(m.Args),
                Lint = m.Lint is { } f ? f with { RuleId = Shared(f.RuleId)!, Field = Shared(f.Field)!, Message = Shared(f.Message)!, Fix = Shared(f.Fix)!, Args = Shared(f.Args) } : null,
            };
        }
    }

    /// <summary>A message's values, shared as a list: a lint warning and its finding name the same ones.</summary>
    private IReadOnlyList<string> Shared(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var key = string.Join('\0', values);
        if (_values.TryGetValue(key, out var shared)) return shared;
        shared = [.. values.Select(v => Shared(v)!)];
        if (_values.Count < MaxTexts) _values[key] = shared;
        return shared;
    }

    private string? Shared(string? text)
    {
        if (text is null) return null;
        if (_texts.TryGetValue(text, out var shared)) return shared;
        if (_texts.Count < MaxTexts) _texts[text] = text;
        return text;
    }
}
