namespace Governance.Rules.Tool.Tests;

public sealed class LayerOptionTests
{
    private const string Sample = "src/Governance.Rules.Tool/samples/staffing-street.json";
    private const string Reform = "tests/cases/staffing/reform-20-per-10k.json";

    [Fact]
    public void A_layer_given_without_pack_is_the_pack_evaluated_and_named_in_the_stamp()
    {
        var (code, output, _) = Govrules.Run("eval", "staffing", "--input", Sample, "--as-of", "2026-06-30", "--layer", Reform);
        Assert.Equal(0, code);
        Assert.Contains("规则包 reform.staffing-20@", output);
        Assert.DoesNotContain("规则包 cn.js.suzhou@", output);
    }

    [Fact]
    public void Layers_that_do_not_form_one_chain_stop_the_run_with_exit_2()
    {
        var other = Govrules.TempFile(".json");
        File.WriteAllText(other, File.ReadAllText(Path.Combine(Govrules.RepoRoot, Reform)).Replace("reform.staffing-20", "reform.other", StringComparison.Ordinal));
        try
        {
            var (code, output, error) = Govrules.Run("eval", "staffing", "--input", Sample, "--layer", Reform, other, "--lang", "en");
            Assert.Equal(2, code);
            Assert.Contains("PACK_LAYERS_NOT_ONE_CHAIN", output + error);
            Assert.DoesNotContain("   at ", output + error);
        }
        finally
        {
            File.Delete(other);
        }
    }
}
