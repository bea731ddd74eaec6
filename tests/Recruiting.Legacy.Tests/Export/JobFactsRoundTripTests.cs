using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Legacy.Export;
using Recruiting.Legacy.Hugo;
using Recruiting.Testing.Legacy;

namespace Recruiting.Legacy.Tests.Export;

/// <summary>The job facts' front-matter keys: read into the fields on import, written from them on export.</summary>
public sealed class JobFactsRoundTripTests
{
    private const string WithFacts = """
        ---
        title: Data engineer
        description: Pipelines.
        employmentType: full-time
        closingAt: 2031-03-01T17:00:00Z
        locations:
          - city: Montréal
            region: QC
            country: Canada
          - Lyon, France
        remote: true
        remoteCountry: Canada
        salary: {min: 80000, max: 95000, currency: cad, unit: year}
        department: Data platform
        team: kept as it was
        ---

        Body.
        """;

    [Fact]
    public async Task Job_fact_keys_become_fields_and_come_back_on_export_also_once_edited()
    {
        var folder = Directory.CreateTempSubdirectory("job-facts-").FullName;
        try
        {
            var file = Path.Combine(folder, "data-engineer.md");
            await File.WriteAllTextAsync(file, WithFacts.Replace("\r\n", "\n") + "\n");
            await using var harness = await ImportHarness.CreateAsync();
            Assert.Equal(1, (await harness.ImportAsync(file, baseFolder: folder)).Created);

            await using var db = harness.NewDbContext();
            var posting = await db.Postings.SingleAsync();
            var c = posting.Draft;
            Assert.Equal("full-time", c.EmploymentType);
            Assert.Equal(new DateTimeOffset(2031, 3, 1, 17, 0, 0, TimeSpan.Zero), c.ClosingAt);
            Assert.Equal([new JobLocation("Montréal", "QC", "Canada"), new JobLocation("Lyon", null, "France")], c.Locations);
            Assert.True(c.Remote);
            Assert.Equal("Canada", c.RemoteCountry);
            Assert.Equal(new SalaryRange(80000m, 95000m, "CAD", "YEAR"), c.Salary);
            Assert.Equal("Data platform", c.Department);
            Assert.Contains("team", c.ExtraFrontMatter.Keys);
            Assert.DoesNotContain(c.ExtraFrontMatter.Keys, JobFactsKeys.All.Contains);

            Assert.Equal(WithFacts.Replace("\r\n", "\n") + "\n", HugoExporter.ToHugo(posting)); // unchanged: the file's own text

            var edited = c with { Locations = [new JobLocation("Ottawa", "ON", "Canada")], Salary = null, Remote = false, RemoteCountry = null };
            posting.Draft = edited;
            posting.Published = edited;
            var exported = HugoExporter.ToHugo(posting);
            var reread = LegacyPosting.From(HugoParser.Parse(exported).Document!).ToContent();
            Assert.Equal([new JobLocation("Ottawa", "ON", "Canada")], reread.Locations);
            Assert.Null(reread.Salary);
            Assert.False(reread.Remote);
            Assert.Equal(("full-time", "Data platform"), (reread.EmploymentType, reread.Department));
            Assert.Equal(c.ClosingAt, reread.ClosingAt);
            Assert.Contains("team: kept as it was", exported);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_fact_key_whose_value_has_another_shape_is_kept_verbatim_as_an_extra_key()
    {
        var posting = LegacyPosting.From(HugoParser.Parse("---\ntitle: T\nsalary: competitive\nlocations: [{planet: Mars}]\nremote: sometimes\n---\n\nBody.\n").Document!);

        var content = posting.ToContent();
        Assert.Null(content.Salary);
        Assert.Empty(content.Locations);
        Assert.False(content.Remote);
        Assert.Equal(["locations", "remote", "salary"], posting.Extras.Keys.Where(JobFactsKeys.All.Contains).Order(StringComparer.Ordinal));
    }
}
