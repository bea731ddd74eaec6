using Recruiting.Core.Content;

namespace Recruiting.Core.Tests.Content;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Développeur", "developpeur")]
    [InlineData("MONTRÉAL", "montreal")]
    [InlineData("Œuvre, cœur, Æsop, Straße", "oeuvre, coeur, aesop, strasse")]
    [InlineData("l’équipe d‘été", "l'equipe d'ete")]
    [InlineData("  Gestionnaire \t de\u00A0projet\n ", "gestionnaire de projet")]
    [InlineData("Ça, çà, Noël, naïve, Señor", "ca, ca, noel, naive, senor")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_case_accents_ligatures_apostrophes_and_spaces(string? text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_instead_of_throwing() =>
        Assert.Equal("ab", TextFolding.Fold("a\uD800b\u0001"));

    [Fact]
    public void Composed_and_decomposed_accents_fold_alike() =>
        Assert.Equal(TextFolding.Fold("Montre\u0301al"), TextFolding.Fold("Montr\u00E9al"));
}
