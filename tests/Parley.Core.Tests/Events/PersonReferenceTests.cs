using Parley.Core.Tests.Extraction;
using Parley.Model;

namespace Parley.Core.Tests.Events;

/// <summary>People who take part under a title or a pronoun instead of their name.</summary>
public class PersonReferenceTests
{
    [Fact]
    public void TheTitleOfOnePerson_RefersToThatPerson()
    {
        var record = Extract.From(
            "Prime Minister Tomas Ferreira began a visit to Tianjin on Monday. " +
            "On Tuesday, the Prime Minister met with Zhou Mingxuan, President of Haixin Robotics.");

        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting
            && e.Participants.Contains("Zhou Mingxuan") && e.Participants.Contains("Tomas Ferreira"));
    }

    [Fact]
    public void PronounSubjectOfAMeeting_IsThePersonNamedBefore()
    {
        var record = Extract.From(
            "Mr. Lin Qiaoyun, President of the Silk Road Business Council, arrived in Nairobi on a business trip. " +
            "On the second day, he met with Mr. Tomas Ferreira, Prime Minister of Kenya.");

        record.Events.ShouldContain(e => e.Type == EventTypes.Meeting
            && e.Participants.Contains("Lin Qiaoyun") && e.Participants.Contains("Tomas Ferreira"));
    }

    [Fact]
    public void PronounSubjectOfAnotherVerb_DoesNotMakeAVisitor()
    {
        var record = Extract.From(
            "On Thursday, Ambassador Tomas Ferreira received a delegation led by Vice Chairman Lin Qiaoyun. " +
            "He praised the province's role in the state visit to Peru by President Andres Molina.");

        record.Events.Where(e => e.Type == EventTypes.Visit).ShouldHaveSingleItem().Participants.ShouldBe(["Andres Molina"]);
    }

    [Fact]
    public void VisitNamedWithAPossessive_IsThatPersonsOwnVisit()
    {
        var record = Extract.From(
            "On September 16, Prime Minister Tomas Ferreira hosted Governor Lin Qiaoyun in Kunming. " +
            "Ferreira recalled Andres Molina's tour of the tea farms in Hotan. " +
            "Lin Qiaoyun thanked the province for its support. " +
            "After his Laos visit in May, he praised the growth of trade.",
            published: "2024-09-17");

        var visits = record.Events.Where(e => e.Type == EventTypes.Visit).ToList();
        visits.ShouldContain(v => v.Participants.Contains("Andres Molina") && v.Location == "Hotan");
        visits.ShouldContain(v => v.Participants.Contains("Lin Qiaoyun") && !v.Participants.Contains("Andres Molina")
            && v.Location == "Laos" && v.Start == "2024-05");
    }
}
