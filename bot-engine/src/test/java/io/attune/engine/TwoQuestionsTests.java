package io.attune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.intent.IntentPrediction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The rule alone, over a scripted classifier that knows a few asks by a word in them (so each case says what
 * the parts are heard as); the real classifier on these messages is in RealConversationsTests and in
 * TwoQuestionEvaluation.
 */
class TwoQuestionsTests {

    private static final Map<String, IntentPrediction> HEARD = new LinkedHashMap<>();

    static {
        HEARD.put("klarna", sure("check_payment_methods"));
        HEARD.put("paypal", sure("check_payment_methods"));
        HEARD.put("parcel", sure("track_order"));
        HEARD.put("order 4471203", sure("track_order"));
        HEARD.put("address", sure("change_shipping_address"));
        HEARD.put("refund", sure("check_refund_policy"));
        HEARD.put("newsletter", sure("newsletter_subscription"));
        HEARD.put("pasword", sure("recover_password"));
        HEARD.put("review", sure("review"));
        HEARD.put("work account", sure("switch_account"));
        HEARD.put("thanks", sure("thanks"));
        HEARD.put("weather", new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.9));
        HEARD.put("jug", new IntentPrediction("complaint", 0.5));
    }

    private static IntentPrediction sure(String intent) {
        return new IntentPrediction(intent, 0.95);
    }

    /** The first ask named in the text, else out of scope. */
    private static final Function<String, IntentPrediction> CLASSIFY = text -> HEARD.entrySet().stream()
            .filter(e -> text.toLowerCase(Locale.ROOT).contains(e.getKey())).map(Map.Entry::getValue).findFirst()
            .orElse(new IntentPrediction(IntentPrediction.OUT_OF_SCOPE, 0.3));

    @Test
    void splitsAfterAQuestionMarkAndDropsTheAlso() {
        TwoQuestions.Split split = TwoQuestions.in("where is my parcel? also can I pay with klarna", CLASSIFY).orElseThrow();

        assertThat(split.first()).isEqualTo("where is my parcel?");
        assertThat(split.firstIntent().intent()).isEqualTo("track_order");
        assertThat(split.second()).isEqualTo("can I pay with klarna");
        assertThat(split.secondIntent().intent()).isEqualTo("check_payment_methods");
    }

    @Test
    void splitsAtAnAndThatOpensAQuestionWithoutAnyPunctuation() {
        TwoQuestions.Split split = TwoQuestions.in("I need to change my address and how long do refunds take", CLASSIFY)
                .orElseThrow();

        assertThat(split.first()).isEqualTo("I need to change my address");
        assertThat(split.second()).isEqualTo("how long do refunds take");
    }

    @Test
    void splitsLowerCaseTypedMessagesAtAlsoPlusAndAnotherThing() {
        assertThat(TwoQuestions.in("wheres my order 4471203 also do u take paypal", CLASSIFY)).get()
                .extracting(TwoQuestions.Split::second).isEqualTo("do u take paypal");
        assertThat(TwoQuestions.in("how do i reset my pasword plus i want to stop the newsletter", CLASSIFY)).get()
                .extracting(TwoQuestions.Split::first).isEqualTo("how do i reset my pasword");
        assertThat(TwoQuestions.in("i want to leave a review, another thing, how do i switch to my work account",
                CLASSIFY)).get().extracting(TwoQuestions.Split::second).isEqualTo("how do i switch to my work account");
    }

    @Test
    void aQuestionWithAnAndInItIsOneMessage() {
        assertThat(TwoQuestions.in("can I pay with paypal and klarna?", CLASSIFY)).isEmpty();
        assertThat(TwoQuestions.in("my parcel is late and I need it for friday", CLASSIFY)).isEmpty();
    }

    @Test
    void twoPartsAskingTheSameThingAreOneQuestion() {
        assertThat(TwoQuestions.in("where is my parcel?? also has my parcel shipped", CLASSIFY)).isEmpty();
    }

    @Test
    void aPartThatIsSocialOutOfScopeOrUnsureMakesItOneMessage() {
        assertThat(TwoQuestions.in("thanks! also can i pay with klarna", CLASSIFY)).isEmpty();
        assertThat(TwoQuestions.in("whats the weather like? also can i pay with paypal", CLASSIFY)).isEmpty();
        assertThat(TwoQuestions.in("the blender arrived with a cracked jug? also do you take paypal", CLASSIFY))
                .isEmpty();
    }

    @Test
    void aMessageWithoutACutIsNotClassifiedAgain() {
        int[] asked = {0};
        TwoQuestions.in("The blender I got arrived with a cracked jug. I'd like my money back please", text -> {
            asked[0]++;
            return CLASSIFY.apply(text);
        });

        assertThat(asked[0]).isZero();
    }

    @Test
    void aPartOfOneWordIsNoQuestion() {
        assertThat(TwoQuestions.in("parcel? also klarna", CLASSIFY)).isEmpty();
    }
}
