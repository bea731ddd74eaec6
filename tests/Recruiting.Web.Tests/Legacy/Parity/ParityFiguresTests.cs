using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Workflow;
using Recruiting.Legacy.Export;
using Recruiting.Testing.Legacy;
using Recruiting.Testing;
using Xunit.Abstractions;
using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Web.Tests.Legacy.Parity;

/// <summary>
/// The parity figures of the corpus, printed (run with <c>--logger "console;verbosity=detailed"</c>): files Hugo
/// accepted and files we imported, Hugo's addresses answered right, language toggles that lead to a posting, bodies
/// whose visible text is Hugo's, and the same after an export and an import into a fresh site. Every figure must be
/// whole. Which counterpart a re-posted job's posting toggles to is the public readers' rule (PublicTranslations).
/// </summary>
[Collection(ParityCollection.Name)]
public sealed partial class ParityFiguresTests(ParityFixture corpus, ITestOutputHelper output)
{
    [GeneratedRegex("""class="language-toggle" href="([^"]*)" """)] private static partial Regex Toggle();

    [HugoFact]
    public async Task Prints_the_parity_figures_of_the_corpus_before_and_after_an_export_and_an_import()
    {
        var hugoPages = corpus.Hugo.Pages.Select(p => p.Source).ToHashSet();
        var imported = corpus.Postings.Select(p => p.ImportSource!).ToHashSet();
        output.WriteLine($"files: {corpus.Files.Count}; Hugo built {hugoPages.Count} and refused {corpus.Hugo.Refused.Count}; "
            + $"we imported {imported.Count} and refused {corpus.Report.Rejected}; same files: {hugoPages.SetEquals(imported)}");
        Assert.True(hugoPages.SetEquals(imported));

        await using var first = await TestApp.StartAsync();
        await UrlParityTests.ImportAsync(first, corpus.Site.Path);
        var before = await MeasureAsync(first, "imported");

        using var export = new TempFolder();
        await using (var scope = first.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<HugoExporter>().ExportAsync(export.Path);
        await using var second = await TestApp.StartAsync();
        await UrlParityTests.ImportAsync(second, export.Path);
        var after = await MeasureAsync(second, "after export/import");

        Assert.Equal(before, after);
        Assert.Equal(before.Addresses, before.AddressesRight);
        Assert.Equal(before.Bodies, before.BodiesSame);
        Assert.Equal(before.Togglable, before.Toggles);
    }

    private sealed record Figures(int Addresses, int AddressesRight, int Togglable, int Toggles, int Bodies, int BodiesSame);

    private async Task<Figures> MeasureAsync(TestApp app, string label)
    {
        var bySource = await UrlParityTests.PostingsBySourceAsync(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (addresses, right) = (0, 0);
        foreach (var (address, page) in corpus.Hugo.Addresses)
        {
            var expected = PostingUrls.Canonical(bySource[page.Source]);
            foreach (var form in new[] { address, UrlParityTests.FileNameForm(page) }.Distinct())
            {
                var response = await client.GetAsync(Uri.EscapeDataString(form).Replace("%2F", "/"));
                addresses++;
                if ((int)response.StatusCode == 301 && response.Headers.Location?.OriginalString == expected) right++;
            }
        }

        // A posting whose translationKey a posting of the other language has should toggle to a posting, not an index.
        var postings = bySource.Values.ToList();
        var (togglable, toggles) = (0, 0);
        foreach (var p in postings.Where(p => postings.Any(o => o.Language != p.Language && o.TranslationKey == p.TranslationKey)))
        {
            togglable++;
            var html = await client.GetStringAsync(PostingUrls.Canonical(p));
            var href = Toggle().Match(html).Groups[1].Value;
            if (href != PostingUrls.Index(Languages.Other(p.Language))) toggles++;
        }

        var (bodies, same) = (0, 0);
        foreach (var page in corpus.Hugo.Pages)
        {
            bodies++;
            if (VisibleText.Of(page.BodyHtml) == VisibleText.Of(bySource[page.Source].PublishedHtml!)) same++;
        }

        output.WriteLine($"{label}: Hugo addresses (and file-name forms) answered 301 to the right posting: {right} of {addresses}; "
            + $"toggles to a posting: {toggles} of {togglable} postings whose key exists in the other language; "
            + $"bodies with Hugo's visible text: {same} of {bodies}");
        return new Figures(addresses, right, togglable, toggles, bodies, same);
    }
}
