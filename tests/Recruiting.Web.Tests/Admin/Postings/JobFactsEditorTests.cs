using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class JobFactsEditorTests
{
    [Fact]
    public async Task The_editor_saves_the_job_facts_and_shows_them_again()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        var fields = PostingForms.Fields();
        fields["Form.Locations"] = "Montréal, QC, Canada\r\n\r\nLyon, France\r\nCanada";
        fields["Form.Remote"] = "true";
        fields["Form.RemoteCountry"] = " Canada ";
        fields["Form.SalaryMin"] = "80 000";
        fields["Form.SalaryMax"] = "95000,50";
        fields["Form.SalaryCurrency"] = "cad";
        fields["Form.SalaryUnit"] = "YEAR";
        fields["Form.Department"] = "Data platform";
        fields["Form.EmploymentType"] = "PART_TIME";

        var id = await PostingForms.CreateAsync(author, fields);

        await using (var db = app.NewDbContext())
        {
            var draft = (await db.Postings.SingleAsync(p => p.Id == id)).Draft;
            Assert.Equal([new JobLocation("Montréal", "QC", "Canada"), new JobLocation("Lyon", null, "France"), new JobLocation(null, null, "Canada")], draft.Locations);
            Assert.True(draft.Remote);
            Assert.Equal("Canada", draft.RemoteCountry);
            Assert.Equal(new SalaryRange(80_000m, 95_000.5m, "CAD", SalaryRange.Year), draft.Salary);
            Assert.Equal("Data platform", draft.Department);
            Assert.Equal("PART_TIME", draft.EmploymentType);
        }
        var html = new HtmlParser().ParseDocument(await author.GetStringAsync(PostingForms.EditUrl(id)));
        Assert.Equal("Montréal, QC, Canada\nLyon, France\nCanada", html.QuerySelector("#Locations")!.TextContent.Trim());
        Assert.True(html.QuerySelector("#Remote")!.HasAttribute("checked"));
        Assert.Equal("95000.50", html.QuerySelector("#SalaryMax")!.GetAttribute("value"));
        Assert.Equal("PART_TIME", html.QuerySelector("#EmploymentType option[selected]")!.GetAttribute("value"));
        Assert.Equal("YEAR", html.QuerySelector("#SalaryUnit option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Inconsistent_job_facts_are_refused_next_to_their_fields_in_french()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        await author.PostFormAsync(PostingForms.NewUrl, new() { ["language"] = "fr", ["returnUrl"] = "/admin" }, "/admin/account/language");
        var fields = PostingForms.Fields();
        fields["Form.Remote"] = "true";
        fields["Form.SalaryMin"] = "beaucoup";

        var response = await author.PostFormAsync(PostingForms.NewUrl, fields, PostingForms.NewUrl + "?handler=Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nommez le pays où doivent résider les candidats en télétravail", html.QuerySelector("#RemoteCountry-error")!.TextContent);
        Assert.Contains("Entrez un minimum, un maximum ou les deux, en chiffres", html.QuerySelector("#Salary-error")!.TextContent);
        await using var db = app.NewDbContext();
        Assert.False(await db.Postings.AnyAsync());
    }
}
