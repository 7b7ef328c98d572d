using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Features.Shared;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>How the search box reads what an agent typed; that each reading finds its bookings is in the search tests.</summary>
public sealed class BookingSearchTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Nothing_typed_searches_nothing(string? text) => Assert.Null(BookingSearchText.Read(text));

    [Fact]
    public void A_pasted_page_of_text_is_cut_to_the_longest_search()
    {
        var read = BookingSearchText.Read(" " + new string('a', SearchText.MaxLength) + "bbb")!;

        Assert.Equal(new string('a', SearchText.MaxLength), read.NamePrefix);
        Assert.Equal(new string('a', SearchText.MaxLength), read.ConfirmationNumber);
    }

    [Fact]
    public void Every_like_pattern_is_cut_to_the_longest_search_before_escaping()
    {
        var pattern = LikePattern.StartingWith(new string('%', SearchText.MaxLength + 50));

        Assert.Equal(string.Concat(Enumerable.Repeat("\\%", SearchText.MaxLength)) + "%", pattern);
    }

    [Fact]
    public void A_reference_with_its_prefix_is_only_a_reference()
    {
        var read = BookingSearchText.Read(" crg-7f3k9q ")!;

        Assert.Equal(new BookingSearchText(read.Reference, null, null, null, null), read);
        Assert.Equal("CRG-7F3K9Q", read.Reference!.Value);
    }

    [Fact]
    public void Six_letters_may_be_a_reference_a_confirmation_number_or_a_name()
    {
        var read = BookingSearchText.Read("Hansen")!;

        Assert.Equal("CRG-HANSEN", read.Reference!.Value);
        Assert.Equal("Hansen", read.ConfirmationNumber);
        Assert.Equal("Hansen", read.NamePrefix);
        Assert.Null(read.EmailPrefix);
        Assert.Null(read.PhoneEndReversed);
    }

    [Fact]
    public void Text_with_an_at_sign_is_the_start_of_an_e_mail_in_lower_case()
    {
        var read = BookingSearchText.Read("Anna.Tamm@Exa")!;

        Assert.Equal(new BookingSearchText(null, null, "anna.tamm@exa", null, null), read);
    }

    [Fact]
    public void Digits_are_a_phone_number_s_ending_or_a_confirmation_number_but_not_a_name()
    {
        var read = BookingSearchText.Read("600 1234")!;

        Assert.Equal("4321006", read.PhoneEndReversed);
        Assert.Equal("600 1234", read.ConfirmationNumber);
        Assert.Null(read.NamePrefix);
        Assert.Null(read.Reference);
    }

    [Fact]
    public void Too_few_digits_are_not_searched_as_a_phone_number()
    {
        var read = BookingSearchText.Read("1234")!;

        Assert.Null(read.PhoneEndReversed);
        Assert.Equal("1234", read.ConfirmationNumber);
    }

    [Fact]
    public void A_confirmation_number_with_letters_and_digits_is_also_tried_as_a_name()
    {
        var read = BookingSearchText.Read("SPR-4821973")!;

        Assert.Equal("SPR-4821973", read.ConfirmationNumber);
        Assert.Equal("SPR-4821973", read.NamePrefix);
        Assert.Null(read.PhoneEndReversed);
    }
}
