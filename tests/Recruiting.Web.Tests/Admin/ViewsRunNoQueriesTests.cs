using System.Reflection;
using System.Text.RegularExpressions;
using Recruiting.Core.Storage;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin;

/// <summary>
/// A view shows what its page model read; it runs no query of its own. So no .cshtml may inject a service that holds the
/// database (one whose constructor takes <see cref="RecruitingDb"/>), or the database itself.
/// </summary>
public sealed partial class ViewsRunNoQueriesTests
{
    [Fact]
    public void No_view_injects_a_service_that_reads_the_database()
    {
        var readers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => typeof(RecruitingDb).IsAssignableFrom(p.ParameterType))))
            .Select(t => t.Name).Append(nameof(RecruitingDb)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("ReviewComments", readers); // the check would see nothing if it found no reader

        var views = Directory.EnumerateFiles(RepositoryFiles.Path("src", "Recruiting.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);
        var injected = views.SelectMany(view => Inject().Matches(File.ReadAllText(view))
                .Select(m => (View: Path.GetFileName(view), Type: m.Groups[1].Value.Split('.').Last())))
            .Where(x => readers.Contains(x.Type)).Select(x => $"{x.View} injects {x.Type}").ToList();

        Assert.True(injected.Count == 0, "Views that read the database (move the query into the page model):\n" + string.Join("\n", injected));
    }

    [GeneratedRegex(@"^@inject\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Inject();
}
