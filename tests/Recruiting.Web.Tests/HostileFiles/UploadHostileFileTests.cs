using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Xunit.Abstractions;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>The hostile corpus through the console upload: each file alone, then all in one zip, dry run then confirmation.</summary>
public sealed class UploadHostileFileTests(ITestOutputHelper output) : HostileFileSuite(output)
{
    [Fact]
    public async Task The_console_upload_answers_every_file_without_a_server_error_and_imports_only_the_good_ones()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var serverErrors = 0;

        // Each file alone: an answer with a report or a refusal, never a 5xx.
        foreach (var c in _cases)
        {
            var alone = await UploadAsync(publisher, (Path.GetFileName(c.Path), c.Bytes));
            if ((int)alone.StatusCode >= 500) serverErrors++;
            Assert.True(alone.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{c}: {(int)alone.StatusCode}");
        }

        // All together in one zip: the dry run reports each file, then the confirmation imports the good ones.
        var dryRun = await UploadAsync(publisher, ("corpus.zip", Zip(_cases)));
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var page = await dryRun.Content.ReadAsStringAsync();
        var tooLarge = _cases.Where(c => c.Code == "file-too-large").ToList();
        foreach (var c in tooLarge) Assert.Contains($"&#x27;{c.Path}&#x27; is larger than 2 MB once unpacked", page);
        var rows = ReadReportRows(page);
        Assert.Equal(_cases.Count - tooLarge.Count, rows.Count);
        AssertOutcomes(rows, "upload", skip: tooLarge.Select(c => c.Path).ToHashSet());
        await using (var db = app.NewDbContext()) Assert.False(await db.Postings.AnyAsync());

        var uploadId = UploadIdPattern().Match(page).Groups[1].Value;
        var confirmed = await publisher.PostFormAsync("/admin/import", new() { ["UploadId"] = uploadId }, "/admin/import?handler=Confirm");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var imported = ReadReportRows(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(rows.ToDictionary(r => r.Key, r => r.Value.Outcome), imported.ToDictionary(r => r.Key, r => r.Value.Outcome));
        await AssertNothingHalfWrittenAsync(app.Database, imported, id => id);
        Output.WriteLine($"console upload: {_cases.Count + 2} requests, {serverErrors} answers 5xx, {imported.Count(r => r.Value.Outcome == "Created")} imported, " +
            $"{imported.Count(r => r.Value.Outcome == "Rejected") + tooLarge.Count} rejected");
    }
}
