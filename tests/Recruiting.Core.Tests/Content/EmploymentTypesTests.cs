using Recruiting.Core.Content;

namespace Recruiting.Core.Tests.Content;

public sealed class EmploymentTypesTests
{
    [Theory]
    [InlineData("FULL_TIME", "FULL_TIME")]
    [InlineData("full-time", "FULL_TIME")]
    [InlineData("Full time", "FULL_TIME")]
    [InlineData("FULL-TIME", "FULL_TIME")]
    [InlineData("Temps plein", "FULL_TIME")]
    [InlineData("temps partiel", "PART_TIME")]
    [InlineData("Part-time", "PART_TIME")]
    [InlineData("contract", "CONTRACTOR")]
    [InlineData("Contractuel", "CONTRACTOR")]
    [InlineData("Internship", "INTERN")]
    [InlineData("stage", "INTERN")]
    [InlineData("Bénévole", "VOLUNTEER")]
    [InlineData("per diem", "PER_DIEM")]
    [InlineData("TEMPORARY", "TEMPORARY")]
    public void Authors_spellings_mean_schema_org_values(string written, string expected) =>
        Assert.Equal(expected, EmploymentTypes.SchemaValue(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("whenever you like")]
    [InlineData("FULL-TIMES")]
    public void Anything_else_means_no_schema_org_value(string? written) =>
        Assert.Null(EmploymentTypes.SchemaValue(written));

    [Fact]
    public void Every_schema_org_value_reads_as_itself() =>
        Assert.All(EmploymentTypes.All, value => Assert.Equal(value, EmploymentTypes.SchemaValue(value)));
}
