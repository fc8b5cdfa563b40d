package edu.meridian.programmes.briefing;

import edu.meridian.web.Text;

/** The university's campuses where briefings are held, with the names people know them by. */
public enum Campus {
    jinyun(new Text("缙云校区", "Jinyun campus")),
    yuanjiagang(new Text("袁家岗校区", "Yuanjiagang campus"));

    private final Text name;

    Campus(Text name) {
        this.name = name;
    }

    public Text displayName() {
        return name;
    }
}
