using Recruiting.Core.Workflow;

namespace Recruiting.Core.Tests.Workflow;

public sealed class SlugGeneratorTests
{
    [Fact]
    public void A_long_title_gives_a_slug_ending_at_a_whole_word()
    {
        var title = string.Join(' ', Enumerable.Repeat("Ingénieur principal des données", 8));

        var slug = SlugGenerator.FromText(title);

        Assert.InRange(slug.Length, 100, SlugGenerator.MaxGenerated);
        Assert.StartsWith("ingenieur-principal-des-donnees-ingenieur", slug);
        var words = slug.Split('-');
        Assert.All(words, w => Assert.Contains(w, new[] { "ingenieur", "principal", "des", "donnees" }));
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Fact]
    public void A_slug_whose_limit_falls_between_words_keeps_every_whole_word()
    {
        var title = new string('a', 119) + " b";   // "aaa…a-b": the dash is at the limit, the slug is the first word

        Assert.Equal(new string('a', 119), SlugGenerator.FromText(title));
        Assert.Equal(new string('a', 60) + "-" + new string('b', 59), SlugGenerator.FromText(new string('a', 60) + " " + new string('b', 59) + " c"));
    }

    [Fact]
    public void One_word_longer_than_the_limit_is_cut_at_the_limit() =>
        Assert.Equal(new string('x', SlugGenerator.MaxGenerated), SlugGenerator.FromText(new string('x', 300)));

    [Fact]
    public void A_short_title_is_left_whole() =>
        Assert.Equal("chef-de-l-ingenierie", SlugGenerator.FromText("Chef de l’ingénierie"));
}
