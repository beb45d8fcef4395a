package no.gevinst.assessment.boundary;


/** Taking a case: {@code impartial} is the case handler's declaration of impartiality (habilitet). */
public class TakeRequest {
    public Boolean impartial;
}
